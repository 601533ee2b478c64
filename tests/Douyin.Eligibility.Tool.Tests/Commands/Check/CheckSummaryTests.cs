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

    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void Write_NothingAdded_PrintsZeroCountsAndAnEmptyTable()
    {
        var summary = new CheckSummary();

        var lines = Lines(summary, 2, En);

        lines[0].Should().Be("Summary: 0 evaluated, 2 invalid");
        Rows(lines).Should().Equal("Outcome | Count");
        summary.Evaluated.Should().Be(0);
    }

    [Fact]
    public void Write_Chinese_LabelsAndOutcomesInChinese()
    {
        var summary = new CheckSummary();
        summary.Add("NotEligible", Decide(4.0m, 0.9m, Zh));

        var lines = Lines(summary, 0, Zh);

        lines[0].Should().Be("汇总：已评估 1 条，无效 0 条");
        Rows(lines).Should().ContainInOrder("结论 | 数量", "不符合准入条件 | 1", "原因代码 | 数量", "ALLIANCE_STORE_SCORE | 1");
        lines.Should().Contain("主要未通过原因（前 1 项）：");
    }

    [Fact]
    public void Add_PassingDecisions_CountsOutcomesWithoutReasons()
    {
        var summary = new CheckSummary();
        summary.Add("Eligible", Decide(4.6m, 0.9m));
        summary.Add("Eligible", Decide(4.6m, 0.9m));

        summary.Evaluated.Should().Be(2);
        Rows(Lines(summary, 0, En)).Should().Equal("Outcome | Count", "eligible | 2");
    }

    [Fact]
    public void Write_MixedOutcomes_OrdersByCountThenName()
    {
        var summary = new CheckSummary();
        summary.Add("Retain", Decide(4.6m, 0.9m));
        summary.Add("NotEligible", Decide(4.0m, 0.9m));
        summary.Add("NotEligible", Decide(4.0m, 0.5m));
        summary.Add("Changed", Decide(4.6m, 0.5m));

        var lines = Lines(summary, 1, En);

        lines[0].Should().Be("Summary: 4 evaluated, 1 invalid");
        Rows(lines).Should().Equal(
            "Outcome | Count",
            "not eligible | 2",
            "Changed | 1",
            "Retain | 1",
            "Reason code | Count",
            "ALLIANCE_POSITIVE_RATE | 2",
            "ALLIANCE_STORE_SCORE | 2");
    }

    [Fact]
    public void Write_CodeLongerThanFortyCharacters_KeepsTheCountColumnAligned()
    {
        var summary = new CheckSummary();
        summary.Add("NotEligible", Decide(4.0m, 0.9m));
        var rules = Fixtures.AdmissionRules().Replace("\"ALLIANCE_STORE_SCORE\"", "\"ALLIANCE_STORE_SCORE_WITH_A_VERY_LONG_CODE_NAME_OF_60_CHARS\"", StringComparison.Ordinal);
        var evaluator = new EligibilityEvaluator(new RuleSetHolder(EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("admission.json", rules)]).RuleSet!));
        summary.Add("NotEligible", evaluator.EvaluateAllianceAdmission(Merchant(4.0m, 0.9m), EvaluationSettings.English).Decision!);

        var table = Lines(summary, 0, En).SkipWhile(l => !l.Contains("Reason code", StringComparison.Ordinal)).Where(l => l.Contains('│', StringComparison.Ordinal)).ToList();

        table.Should().HaveCount(3);
        table.Select(l => l.IndexOf('│', StringComparison.Ordinal)).Distinct().Should().ContainSingle("every row's separator is in one column");
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

        var outcomes = Rows(Lines(summary, 0, En)).Skip(1).TakeWhile(r => !r.StartsWith("Reason code", StringComparison.Ordinal)).ToList();

        outcomes.Should().HaveCount(12);
        outcomes[0].Should().Be("Outcome00 | 1", "equal counts are ordered by name");
        outcomes[11].Should().Be("Outcome11 | 1");
    }

    [Fact]
    public void Write_RenewalDecisions_SeparatesHardGatesFromScorecardShortfallsAndShowsScores()
    {
        var evaluator = EligibilityEvaluator.CreateDefault();
        var summary = new CheckSummary();
        foreach (var json in File.ReadLines(Repo.PathOf("samples", "data", "brand-providers.jsonl")))
        {
            var provider = Json.SnapshotJson.Deserialize<BrandProviderSnapshot>(json);
            var decision = evaluator.EvaluateBrandRenewal(provider, EvaluationSettings.English).Decision!;
            summary.Add(decision.OutcomeName, decision);
        }

        var lines = Lines(summary, 0, En);

        lines.Should().Contain(l => l.StartsWith("Hard gates not passed", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Scorecard shortfalls", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Scores: lowest ", StringComparison.Ordinal) && l.EndsWith("pass mark 60", StringComparison.Ordinal));
        var gates = lines.SkipWhile(l => !l.StartsWith("Hard gates", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("Scorecard", StringComparison.Ordinal));
        gates.Should().Contain(l => l.Contains("RENEWAL_GMV_BELOW_MINIMUM", StringComparison.Ordinal)).And.NotContain(l => l.Contains("RENEWAL_SCORE_", StringComparison.Ordinal));
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

        var rows = Rows(Lines(summary, 0, En)).SkipWhile(r => !r.StartsWith("Reason code", StringComparison.Ordinal)).Skip(1).ToList();

        rows.Should().HaveCount(10);
        rows.Should().Equal(
            "CODE_07 | 2", "CODE_08 | 2", "CODE_09 | 2", "CODE_10 | 2", "CODE_11 | 2", "CODE_12 | 2",
            "CODE_01 | 1", "CODE_02 | 1", "CODE_03 | 1", "CODE_04 | 1");
    }

    private static MerchantSnapshot Merchant(decimal storeScore, decimal positiveRate)
        => new() { Id = "S", AsOf = new DateOnly(2024, 7, 25), StoreScore = storeScore, PositiveRate = positiveRate };

    private static EligibilityDecision Decide(decimal storeScore, decimal positiveRate, CultureInfo? culture = null)
        => Evaluator.EvaluateAllianceAdmission(Merchant(storeScore, positiveRate), new EvaluationSettings { Culture = culture ?? En }).Decision!;

    private static string[] Lines(CheckSummary summary, int invalid, CultureInfo culture)
    {
        var output = new StringWriter();
        summary.Write(output, culture, invalid);
        return output.ToString().Split(Environment.NewLine)[..^1];
    }

    /// <summary>The cells of every table row (header rows included), rule lines left out.</summary>
    private static List<string> Rows(IEnumerable<string> lines)
        => lines.Where(l => l.Contains('│', StringComparison.Ordinal)).Select(l => string.Join(" | ", l.Split('│').Select(c => c.Trim()))).ToList();
}
