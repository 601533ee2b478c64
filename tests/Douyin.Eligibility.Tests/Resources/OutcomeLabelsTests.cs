using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.Resources;

public class OutcomeLabelsTests
{
    public static TheoryData<Enum, string, string> Labels => new()
    {
        { AdmissionOutcome.NotEligible, "not eligible", "不符合准入条件" },
        { AdmissionOutcome.Indeterminate, "indeterminate", "待定（数据不全）" },
        { ClearanceOutcome.Clear, "clear", "清退" },
        { RenewalOutcome.NotRenewed, "not renewed", "不予续牌" },
        { PenaltyLevel.None, "no penalty", "无处罚" },
        { PenaltyLevel.ServiceHidden, "service hidden", "服务隐藏" },
        { RuleOutcome.Indeterminate, "indeterminate", "待定" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Get_Culture_ReadsTheLabelInItsLanguage(Enum value, string english, string chinese)
    {
        OutcomeLabels.Get(value, CultureInfo.GetCultureInfo("en-US")).Should().Be(english);
        OutcomeLabels.Get(value, CultureInfo.GetCultureInfo("zh-CN")).Should().Be(chinese);
    }

    [Fact]
    public void Key_EnumValue_NamesTheTypeAndTheValue()
        => OutcomeLabels.Key(AdmissionOutcome.NotEligible).Should().Be("Outcome_AdmissionOutcome_NotEligible");
}
