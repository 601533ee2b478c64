using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Evaluation;

public sealed class ExplanationWriterTests
{
    private static readonly RuleSet Rules =
        EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("admission.json", Fixtures.AdmissionRules())]).RuleSet!;

    [Fact]
    public void Write_PassingMerchant_MarksEveryRulePassedWithoutMessages()
    {
        var lines = Explain(4.6m, 0.9m, CultureInfo.GetCultureInfo("en"));

        lines[0].Should().Be("Every condition (AllianceAdmission):");
        lines.Should().Contain("  ✓ StoreScore [ALLIANCE_STORE_SCORE]: Passed");
        lines.Should().Contain("  ✓ PositiveRate [ALLIANCE_POSITIVE_RATE]: Passed");
        lines.Should().NotContain(l => l.Contains("is not above", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_FailingRule_WritesMessageAndConditionWithGap()
    {
        var lines = Explain(4.0m, 0.9m, CultureInfo.GetCultureInfo("en"));

        var at = Array.IndexOf(lines, "  ✗ StoreScore [ALLIANCE_STORE_SCORE]: Failed");
        at.Should().BePositive();
        lines[at + 1].Should().Be("      Store score 4.0 is not above 4.1");
        lines[at + 2].Should().StartWith("      - merchant.StoreScore > MinStoreScore: observed 4.0, threshold 4.1 → false; gap: needs ");
    }

    [Fact]
    public void Write_MissingValue_MarksIndeterminateAndListsTheField()
    {
        var lines = Explain(null, 0.9m, CultureInfo.GetCultureInfo("en"));

        var at = Array.IndexOf(lines, "  ? StoreScore [ALLIANCE_STORE_SCORE]: Indeterminate");
        at.Should().BePositive(string.Join("\n", lines));
        lines.Skip(at).Should().Contain(l => l.StartsWith("      missing: ", StringComparison.Ordinal) && l.Contains("StoreScore", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ChineseCulture_UsesChineseHeadingAndMessage()
    {
        var lines = Explain(4.0m, 0.9m, CultureInfo.GetCultureInfo("zh-CN"));

        lines[0].Should().NotBe("Every condition (AllianceAdmission):");
        lines[0].Should().Contain("AllianceAdmission");
        lines.Should().Contain("      店铺评分 4.0 未高于 4.1");
    }

    private static string[] Explain(decimal? storeScore, decimal? positiveRate, CultureInfo culture)
    {
        var asOf = new DateOnly(2024, 7, 25);
        var merchant = new MerchantSnapshot { Id = "S", AsOf = asOf, StoreScore = storeScore, PositiveRate = positiveRate };
        var output = new StringWriter();
        ExplanationWriter.Write(Rules.GetWorkflow("AllianceAdmission", asOf).Explain(asOf, merchant), culture, output);
        return output.ToString().Split(Environment.NewLine)[..^1];
    }
}
