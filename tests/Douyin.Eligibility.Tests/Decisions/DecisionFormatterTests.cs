using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Decisions;

public class DecisionFormatterTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void FormatInvalid_English_HeadsWithSubjectAndListsEachError()
    {
        var errors = new[]
        {
            new ValidationError("positiveRate", "SV005", "rate out of range"),
            new ValidationError("products[0].id", "SV001", "id missing"),
        };

        var lines = Lines(DecisionFormatter.FormatInvalid("SHOP-1", errors, En));

        lines.Should().Equal(
            "No decision: the snapshot is invalid (SHOP-1)",
            "- SV005 positiveRate: rate out of range",
            "- SV001 products[0].id: id missing");
    }

    [Fact]
    public void FormatInvalid_EmptySubject_OmitsSubject()
        => Lines(DecisionFormatter.FormatInvalid("", [new ValidationError("id", "SV001", "x")], En))[0]
            .Should().Be("No decision: the snapshot is invalid");

    [Fact]
    public void FormatInvalid_EmptyField_ShowsSnapshotPlaceholder()
        => Lines(DecisionFormatter.FormatInvalid("S", [new ValidationError("", "SV000", "missing")], En))[1]
            .Should().Be("- SV000 (snapshot): missing");

    [Fact]
    public void FormatInvalid_Chinese_UsesChineseHeadingAndFullWidthParentheses()
        => Lines(DecisionFormatter.FormatInvalid("SHOP-1", [new ValidationError("id", "SV001", "x")], Zh))[0]
            .Should().Be("无结论：快照无效（SHOP-1）");

    [Fact]
    public void FormatInvalid_CatalogMessage_IsInTheCultureGiven()
    {
        var errors = SnapshotValidator.Validate(Support.Snapshots.Merchant() with { PositiveRate = 2m }).Errors;

        var en = Lines(DecisionFormatter.FormatInvalid("S", errors, En))[1];
        var zh = Lines(DecisionFormatter.FormatInvalid("S", errors, Zh))[1];

        en.Should().Be("- SV005 positiveRate: " + errors[0].GetMessage(En));
        zh.Should().Be("- SV005 positiveRate: " + errors[0].GetMessage(Zh));
        zh.Should().NotBe(en);
    }

    [Fact]
    public void FormatInvalid_NoErrors_IsHeadingOnly()
        => DecisionFormatter.FormatInvalid("S", [], En).Should().Be("No decision: the snapshot is invalid (S)");

    [Fact]
    public void Format_EligibleEnglish_HasHeaderLinesAndNoReasons()
    {
        var decision = Admission(TestRules.GoodMerchant(), EvaluationSettings.English);

        var lines = Lines(DecisionFormatter.Format(decision));

        decision.Reasons.Should().BeEmpty();
        lines.Should().HaveCount(4);
        lines[0].Should().Be("Decision: " + decision.GetOutcomeLabel(En));
        lines[1].Should().Be("Subject: SHOP-1, as of 2024-08-01");
        lines[2].Should().StartWith("Rules: AllianceAdmission ").And.EndWith(", rule set " + decision.RuleSetHash[..12]);
        lines[3].Should().Be($"Openings remaining: {decision.OpeningsRemaining}");
    }

    [Fact]
    public void Format_EligibleChinese_UsesChineseLabels()
    {
        var decision = Admission(TestRules.GoodMerchant(), EvaluationSettings.Chinese);

        var lines = Lines(DecisionFormatter.Format(decision));

        lines[0].Should().Be("结论：" + decision.GetOutcomeLabel(Zh));
        lines[1].Should().Be("对象：SHOP-1，评估日期 2024-08-01");
        lines[2].Should().StartWith("规则：AllianceAdmission").And.Contain("，规则集 ");
        lines[3].Should().StartWith("剩余开通次数：");
    }

    [Fact]
    public void Format_FailedReason_ShowsCodeOutcomeAndObservedLine()
    {
        var decision = Admission(TestRules.GoodMerchant() with { StoreScore = 3m }, EvaluationSettings.English);

        var lines = Lines(DecisionFormatter.Format(decision));

        var reason = decision.Reasons.Should().ContainSingle().Subject;
        var at = Array.IndexOf(lines, "Reasons:");
        at.Should().BePositive();
        lines[at + 1].Should().Be($"- {reason.Code} [{OutcomeLabels.Text(reason.Outcome).ToString(En)}] {reason.Message}");
        lines[at + 2].Should().StartWith("    observed 3, threshold ").And.Contain(", needs ").And.EndWith(")");
    }

    [Fact]
    public void Format_ToString_IsTheFormattedText()
    {
        var decision = Admission(TestRules.GoodMerchant() with { StoreScore = 3m }, EvaluationSettings.Chinese);

        decision.ToString().Should().Be(DecisionFormatter.Format(decision));
    }

    [Fact]
    public void Format_MissingData_ListsMissingFieldsByJsonName()
    {
        var decision = Admission(TestRules.GoodMerchant() with { PositiveRate = null }, EvaluationSettings.English);

        Lines(DecisionFormatter.Format(decision)).Should().Contain("    missing: positiveRate");
    }

    [Fact]
    public void Format_UnknownObservedValue_ReadsUnknownNotNull()
    {
        var en = DecisionFormatter.Format(Admission(TestRules.GoodMerchant() with { StoreScore = null }, EvaluationSettings.English));
        var zh = DecisionFormatter.Format(Admission(TestRules.GoodMerchant() with { StoreScore = null }, EvaluationSettings.Chinese));

        en.Should().Contain("observed unknown").And.NotContain("observed null");
        zh.Should().Contain("实际值 未知");
    }

    [Fact]
    public void Format_Text_HasNoTrailingNewline()
        => DecisionFormatter.Format(Admission(TestRules.GoodMerchant(), EvaluationSettings.English)).Should().NotEndWith("\n");

    private static AdmissionDecision Admission(Douyin.Eligibility.Snapshots.MerchantSnapshot merchant, EvaluationSettings settings)
    {
        var result = TestRules.Evaluator.EvaluateAllianceAdmission(merchant, settings);
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Decision!;
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
