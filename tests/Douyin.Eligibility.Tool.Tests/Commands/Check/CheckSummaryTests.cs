using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Commands.Check;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check;

public sealed class CheckSummaryTests
{
    private static readonly EligibilityEvaluator Evaluator = new(new RuleSetHolder(
        EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("admission.json", Fixtures.AdmissionRules())]).RuleSet!));

    [Fact]
    public void Write_NothingAdded_PrintsZeroCountsOnly()
    {
        var summary = new CheckSummary();

        Lines(summary, invalid: 2).Should().Equal("Summary: 0 evaluated, 2 invalid");
        summary.Evaluated.Should().Be(0);
    }

    [Fact]
    public void Add_PassingDecisions_CountsOutcomesWithoutReasons()
    {
        var summary = new CheckSummary();
        summary.Add("Eligible", Decide(4.6m, 0.9m));
        summary.Add("Eligible", Decide(4.6m, 0.9m));

        summary.Evaluated.Should().Be(2);
        Lines(summary, invalid: 0).Should().Equal(
            "Summary: 2 evaluated, 0 invalid",
            $"  {"Eligible",-24} {2,8}");
    }

    [Fact]
    public void Write_MixedOutcomes_OrdersByCountThenName()
    {
        var summary = new CheckSummary();
        summary.Add("Retain", Decide(4.6m, 0.9m));
        summary.Add("NotEligible", Decide(4.0m, 0.9m));
        summary.Add("NotEligible", Decide(4.0m, 0.5m));
        summary.Add("Changed", Decide(4.6m, 0.5m));

        Lines(summary, invalid: 1).Should().Equal(
            "Summary: 4 evaluated, 1 invalid",
            $"  {"NotEligible",-24} {2,8}",
            $"  {"Changed",-24} {1,8}",
            $"  {"Retain",-24} {1,8}",
            "Top failure reasons:",
            $"  {"ALLIANCE_POSITIVE_RATE",-40} {2,8}",
            $"  {"ALLIANCE_STORE_SCORE",-40} {2,8}");
    }

    [Fact]
    public void Write_TwelveOutcomes_ListsEveryOutcome()
    {
        var summary = new CheckSummary();
        var failing = Decide(4.0m, 0.5m);
        for (var i = 0; i < 12; i++)
        {
            summary.Add($"Outcome{i:00}", failing);
        }

        var lines = Lines(summary, invalid: 0);

        lines.Should().HaveCount(1 + 12 + 1 + 2);
        lines[1].Should().StartWith("  Outcome00 ", "equal counts are ordered by name");
        lines[12].Should().StartWith("  Outcome11 ");
    }

    [Fact]
    public void Write_TwelveReasonCodes_ListsTheTopTen()
    {
        var rules = string.Join(",", Enumerable.Range(1, 12).Select(i =>
            $$$"""{"RuleName": "R{{{i:00}}}", "ReasonCode": "CODE_{{{i:00}}}", "Expression": "merchant.StoreScore > {{{(i * 0.4m).ToString(CultureInfo.InvariantCulture)}}}", "ErrorMessage": "m", "Messages": {"zh-CN": "m", "en": "m"}}"""));
        var json = $$"""{"WorkflowName": "AllianceAdmission", "Inputs": [{"Name": "merchant", "Type": "MerchantSnapshot"}], "Rules": [{{rules}}]}""";
        var load = EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("admission.json", json)]);
        load.RuleSet.Should().NotBeNull(string.Join("; ", load.Diagnostics));
        var evaluator = new EligibilityEvaluator(new RuleSetHolder(load.RuleSet!));
        var summary = new CheckSummary();

        // Rule Rn needs a score above 0.4 n: 2.6 passes R01..R06 and fails R07..R12; 0.1 fails all twelve.
        foreach (var score in new[] { 2.6m, 0.1m })
        {
            var merchant = new MerchantSnapshot { Id = "S", AsOf = new DateOnly(2024, 7, 25), StoreScore = score, PositiveRate = 0.9m };
            var result = evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English);
            result.Decision.Should().NotBeNull(result.ToString());
            summary.Add("NotEligible", result.Decision!);
        }

        var lines = Lines(summary, invalid: 0);

        lines[2].Should().Be("Top failure reasons:");
        lines[3..].Should().HaveCount(10);
        lines[3..9].Select(l => l.Trim()[..7]).Should().Equal("CODE_07", "CODE_08", "CODE_09", "CODE_10", "CODE_11", "CODE_12");
        lines[3].Should().EndWith($"{2,8}");
        lines[9..].Select(l => l.Trim()[..7]).Should().Equal("CODE_01", "CODE_02", "CODE_03", "CODE_04");
        lines[9].Should().EndWith($"{1,8}");
    }

    private static EligibilityDecision Decide(decimal storeScore, decimal positiveRate)
    {
        var merchant = new MerchantSnapshot { Id = "S", AsOf = new DateOnly(2024, 7, 25), StoreScore = storeScore, PositiveRate = positiveRate };
        return Evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English).Decision!;
    }

    private static string[] Lines(CheckSummary summary, int invalid)
    {
        var output = new StringWriter();
        summary.Write(output, invalid);
        return output.ToString().Split(Environment.NewLine)[..^1];
    }
}
