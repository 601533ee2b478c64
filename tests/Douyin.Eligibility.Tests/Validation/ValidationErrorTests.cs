using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

public class ValidationErrorTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void GetMessage_ValidatorError_ReadsEachLanguage()
    {
        var error = SnapshotValidator.Validate((MerchantSnapshot?)null).Errors.Should().ContainSingle().Subject;

        error.GetMessage(English).Should().Be("The snapshot is null.");
        error.GetMessage(Chinese).Should().Be("快照为空 (null)。");
        error.Text.ToString(Chinese).Should().Be("快照为空 (null)。");
    }

    [Fact]
    public void Message_CurrentUICulture_IsTheLanguageRead()
    {
        var error = SnapshotValidator.Validate((MerchantSnapshot?)null).Errors[0];
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Chinese;
            var chinese = (error.Message, error.GetMessage(null), error.ToString());
            CultureInfo.CurrentUICulture = English;
            var english = error.Message;

            chinese.Should().Be(("快照为空 (null)。", "快照为空 (null)。", "SV000 : 快照为空 (null)。"));
            english.Should().Be("The snapshot is null.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Constructor_PlainMessage_ReadsTheSameInEveryLanguage()
    {
        var error = new ValidationError("shopName", "HOST1", "Not in our register.");

        (error.GetMessage(English), error.GetMessage(Chinese)).Should().Be(("Not in our register.", "Not in our register."));
    }

    [Fact]
    public void Constructor_NullText_Throws()
    {
        var create = () => new ValidationError("id", "SV001", (LocalizableText)null!);

        create.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equals_SameProblemFoundTwice_IsEqual()
    {
        var merchant = Support.Snapshots.Merchant() with { PositiveRate = 1.5m };

        var first = SnapshotValidator.Validate(merchant);
        var second = SnapshotValidator.Validate(merchant);

        second.Should().Be(first);
        second.Errors[0].GetHashCode().Should().Be(first.Errors[0].GetHashCode());
        second.Errors[0].Should().NotBe(first.Errors[0] with { Field = "storeScore" });
    }
}
