using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Output;

public sealed class TableDecisionWriterTests
{
    [Theory]
    [InlineData("SHOP-1", 6)]
    [InlineData("抖音小店", 8)]
    [InlineData("店铺A/商品1", 11)]
    public void Width_EastAsianWideCharacters_CountTwoCells(string text, int width)
        => CellText.Width(text).Should().Be(width);

    [Fact]
    public void Fit_ShortOrLongText_PadsOrCutsWithAnEllipsisToExactCells()
    {
        CellText.Fit("AB", 5).Should().Be("AB   ");
        CellText.Fit("ABCDEFG", 5).Should().Be("ABCD…");
        // 名 takes two cells: after 店铺 (4 cells) only one is left before the ellipsis, so a space pads the cut.
        CellText.Fit("店铺名称", 6).Should().Be("店铺… ");
        CellText.Width(CellText.Fit("店铺名称", 6)).Should().Be(6);
    }

    [Fact]
    public void Write_LongMerchantProductIds_WidenTheIdColumnAndKeepColumnsAligned()
    {
        var longId = "SHOP-7214405-FLAGSHIP/3621789045512-2024";
        var rows = Write(
            Row(longId, "Retain"),
            Row("店铺七/商品一", "Clear", failing: true),
            Row("S1", "Retain"));

        rows[0].Should().Be($"  LINE  {"ID".PadRight(longId.Length)}  OUTCOME         REASONS");
        rows[1].Should().Be($"     1  {longId}  Retain");
        ReasonsColumn(rows[2]).Should().Be(ReasonsColumn(rows[0]), "the reasons start under REASONS whatever the id's characters");
        rows[2].Should().Contain("店铺七/商品一" + new string(' ', longId.Length - 13) + "  Clear");
    }

    [Fact]
    public void Write_IdLongerThanTheLimit_IsCutWithAnEllipsis()
    {
        var tooLong = new string('X', TableDecisionWriter.MaxIdWidth + 10);

        var rows = Write(Row(tooLong, "Retain"));

        rows[1].Should().Be($"     1  {new string('X', TableDecisionWriter.MaxIdWidth - 1)}…  Retain");
    }

    [Fact]
    public void Write_LaterPageNeedingWiderColumns_RepeatsTheHeader()
    {
        var decisions = Enumerable.Range(1, TableDecisionWriter.PageSize).Select(i => Row($"S{i}", "Retain"))
            .Append(Row("SHOP-7214405/3621789045512-VERY-LONG", "Clear"));

        var rows = Write([.. decisions]);

        rows.Count(r => r.StartsWith("  LINE  ID", StringComparison.Ordinal)).Should().Be(2);
        rows[TableDecisionWriter.PageSize + 1].Should().BeEmpty();
        rows[^1].Should().Be($"   101  SHOP-7214405/3621789045512-VERY-LONG  Clear");
        rows[1].Should().Be($"     1  {"S1",-24}  Retain");
    }

    private static readonly EligibilityEvaluator Evaluator = new(new RuleSetHolder(
        EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("admission.json", Fixtures.AdmissionRules())]).RuleSet!));

    // A real decision of the fixture's admission rules: no reasons, or (failing) the store-score reason.
    private static (string Id, string Outcome, EligibilityDecision Decision) Row(string id, string outcome, bool failing = false)
    {
        var merchant = new MerchantSnapshot { Id = "S", AsOf = new DateOnly(2024, 7, 25), StoreScore = failing ? 4.0m : 4.6m, PositiveRate = 0.9m };
        return (id, outcome, Evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English).Decision!);
    }

    private static string[] Write(params (string Id, string Outcome, EligibilityDecision Decision)[] rows)
    {
        var output = new StringWriter();
        var writer = new TableDecisionWriter(output);
        var line = 0;
        foreach (var (id, outcome, decision) in rows)
        {
            writer.Write(new DecisionRow(++line, id, outcome, decision));
        }

        writer.Finish();
        return output.ToString().Split(Environment.NewLine)[..^1];
    }

    // The cell where the REASONS column starts (the header's word, or the row's first reason).
    private static int ReasonsColumn(string row)
    {
        var at = row.Contains("REASONS", StringComparison.Ordinal) ? row.IndexOf("REASONS", StringComparison.Ordinal) : row.IndexOf("ALLIANCE_", StringComparison.Ordinal);
        return CellText.Width(row[..at]);
    }
}
