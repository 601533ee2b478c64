using System.Globalization;
using Douyin.Eligibility.Decisions;

namespace Douyin.Eligibility.Tests.Decisions;

public class ReasonValueTextTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData(null, "unknown", "未知")]
    [InlineData(true, "yes", "是")]
    [InlineData(false, "no", "否")]
    public void Format_UnknownAndBooleans_AreWordsInEachLanguage(object? value, string english, string chinese)
    {
        ReasonValueText.Format(value, En).Should().Be(english);
        ReasonValueText.Format(value, Zh).Should().Be(chinese);
    }

    [Fact]
    public void Format_NumberAndDate_AreInvariant()
    {
        ReasonValueText.Format(4.05m, CultureInfo.GetCultureInfo("de")).Should().Be("4.05");
        ReasonValueText.Format(new DateOnly(2024, 7, 1), Zh).Should().Be("2024-07-01");
    }

    [Fact]
    public void Gap_Increase_ShowsRequiredAndSignedChange()
        => ReasonValueText.Gap(new Douyin.Eligibility.Rules.ConditionGap("s", 4.05m, ">", 4.1m, 4.11m, 0.06m)).Should().Be("4.11 (+0.06)");
}
