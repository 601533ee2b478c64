using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Tests.Support;
using Spectre.Console;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check.Output;

public sealed class TableDecisionWriterTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly EligibilityEvaluator Evaluator = new(new RuleSetHolder(
        EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("admission.json", Fixtures.AdmissionRules())]).RuleSet!));

    [Fact]
    public void Write_English_HeadersNameOutcomeLabelAndReason()
    {
        var rows = Rows(Write(En, new DecisionRow(1, "S1", "NotEligible", Decide(4.0m, 0.9m, En), "西湖数码生活馆")));

        rows[0].Should().Equal("Line", "ID", "Name", "Outcome", "Reasons");
        rows[1][..4].Should().Equal("1", "S1", "西湖数码生活馆", "not eligible");
        rows[1][4].Should().StartWith("ALLIANCE_STORE_SCORE: Store score 4.0 is not above");
    }

    [Fact]
    public void Write_Chinese_HeadersAndOutcomeInChinese()
    {
        var rows = Rows(Write(Zh, new DecisionRow(1, "S1", "Eligible", Decide(4.6m, 0.9m, Zh), "店")));

        rows[0].Should().Equal("行", "ID", "名称", "结论", "原因");
        rows[1][3].Should().Be("符合准入条件");
    }

    [Fact]
    public void Write_UnknownValue_ListsMissingFieldByJsonNameAndSaysUnknown()
    {
        var decision = Evaluator.EvaluateAllianceAdmission(new MerchantSnapshot { Id = "S", AsOf = new DateOnly(2024, 7, 25), PositiveRate = 0.9m }, EvaluationSettings.English).Decision!;

        var lines = Write(En, new DecisionRow(1, "S1", "Indeterminate", decision));
        var rows = Rows(lines);

        rows[0].Should().Equal("Line", "ID", "Outcome", "Reasons", "Missing fields");
        rows[1][^1].Should().Be("storeScore");
        string.Join(' ', lines).Should().Contain("Cannot tell").And.Contain("unknown").And.NotContain("null");
    }

    [Fact]
    public void Write_NoNamesNoMissingFields_LeavesThoseColumnsOut()
        => Rows(Write(En, new DecisionRow(1, "S1", "Eligible", Decide(4.6m, 0.9m, En))))[0].Should().Equal("Line", "ID", "Outcome", "Reasons");

    [Fact]
    public void Write_LongIdsAndChineseNames_KeepEveryColumnSeparatorAligned()
    {
        var lines = Write(
            En,
            new DecisionRow(1, "SHOP-7214405/3621789045512-VERY-LONG-PRODUCT-ID-0001", "NotEligible", Decide(4.0m, 0.9m, En), "黔山家居专卖店"),
            new DecisionRow(2, "S2", "Eligible", Decide(4.6m, 0.9m, En), "A"));

        var separators = lines.Where(l => l.Contains('│', StringComparison.Ordinal))
            .Select(l => string.Join(',', Enumerable.Range(0, l.Length).Where(i => l[i] == '│').Select(i => l[..i].GetCellWidth())))
            .Distinct();
        separators.Should().ContainSingle("the columns line up in terminal cells, Chinese names included");
        lines.Should().NotContain(l => l.EndsWith(' '));
    }

    [Fact]
    public void Write_MoreThanAPage_WritesOneTablePerPage()
    {
        var decision = Decide(4.6m, 0.9m, En);
        var rows = Enumerable.Range(1, TableDecisionWriter.PageSize + 1).Select(i => new DecisionRow(i, $"S{i}", "Eligible", decision)).ToArray();

        var lines = Write(En, rows);

        lines.Count(l => l.TrimStart().StartsWith("Line", StringComparison.Ordinal)).Should().Be(2);
        Rows(lines).Count(r => r[0] != "Line").Should().Be(TableDecisionWriter.PageSize + 1);
    }

    [Fact]
    public void Write_Renewal_ShowsScoreAndPassMarkAndSeparatesShortfalls()
    {
        var provider = SnapshotJson.Deserialize<BrandProviderSnapshot>(File.ReadLines(Repo.PathOf("samples", "data", "brand-providers.jsonl")).ElementAt(2));
        var decision = EligibilityEvaluator.CreateDefault().EvaluateBrandRenewal(provider, EvaluationSettings.English).Decision!;

        var text = string.Join('\n', Write(En, new DecisionRow(3, provider.Id, decision.OutcomeName, decision)));

        text.Should().Contain($"score {decision.Scorecard.Total} / {decision.Scorecard.MaxTotal}, pass mark {decision.Scorecard.PassMark}");
        var reasons = TableDecisionWriter.Reasons(decision, En).Split('\n');
        var label = Array.IndexOf(reasons, "scorecard shortfalls:");
        label.Should().BePositive("a hard gate comes first");
        reasons[..label].Should().NotContain(r => r.StartsWith("RENEWAL_SCORE_", StringComparison.Ordinal));
        reasons[(label + 1)..].Should().OnlyContain(r => !r.Contains(": ", StringComparison.Ordinal) || r.StartsWith("RENEWAL_SCORE_", StringComparison.Ordinal));
    }

    private static AdmissionDecision Decide(decimal storeScore, decimal positiveRate, CultureInfo culture)
    {
        var merchant = new MerchantSnapshot { Id = "S", AsOf = new DateOnly(2024, 7, 25), StoreScore = storeScore, PositiveRate = positiveRate };
        return Evaluator.EvaluateAllianceAdmission(merchant, new EvaluationSettings { Culture = culture }).Decision!;
    }

    private static string[] Write(CultureInfo culture, params DecisionRow[] rows)
    {
        var output = new StringWriter();
        var writer = new TableDecisionWriter(output, culture);
        foreach (var row in rows)
        {
            writer.Write(row);
        }

        writer.Finish();
        return output.ToString().Split(Environment.NewLine)[..^1];
    }

    /// <summary>The cells of the first line of every table row (rule lines and continuation lines left out).</summary>
    private static List<string[]> Rows(IEnumerable<string> lines)
        => lines.Where(l => l.Contains('│', StringComparison.Ordinal))
            .Select(l => l.Split('│').Select(c => c.Trim()).ToArray())
            .Where(cells => cells[0].Length > 0)
            .ToList();
}
