using System.Text.Json;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _rules;

    public CheckCommandTests() => _rules = _dir.Write("rules/admission.json", Fixtures.AdmissionRules());

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Check_ValidInput_Exits0WithATableAndASummary()
    {
        var input = _dir.Write("m.jsonl", Fixtures.ValidMerchantsJsonLines);

        var run = ToolRunner.Run("check", input, "--workflow", "AllianceAdmission", "--rules", _rules, "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().Equal(
            "  Line │ ID │ Outcome      │ Reasons",
            " ──────┼────┼──────────────┼────────────────────────────────────────────────────────",
            "     1 │ S1 │ eligible     │",
            "     2 │ S2 │ not eligible │ ALLIANCE_STORE_SCORE: Store score 4.1 is not above 4.1",
            "     3 │ S5 │ eligible     │");
        run.ErrorLines.Should().Equal(
            "Summary: 3 evaluated, 0 invalid",
            "  Outcome      │ Count",
            " ──────────────┼───────",
            "  eligible     │     2",
            "  not eligible │     1",
            "Top failure reasons (top 1):",
            "  Reason code          │ Count",
            " ──────────────────────┼───────",
            "  ALLIANCE_STORE_SCORE │     1");
    }

    [Fact]
    public void Check_InvalidLines_AreReportedWithLineAndFieldSkippedAndExit2()
    {
        var input = _dir.Write("m.jsonl", Fixtures.MerchantsJsonLines);

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "jsonl", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{input}: invalid snapshot, line 3, positiveRate: SV005 ", StringComparison.Ordinal));
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{input}: invalid snapshot, line 4, storeScroe: Unknown property 'storeScroe'", StringComparison.Ordinal));
        run.ErrorLines.Should().Contain("Summary: 3 evaluated, 2 invalid");
        run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("S1", "S2", "S5");
    }

    [Fact]
    public void Check_RepeatedProperty_IsAnInvalidLineNamingTheField()
    {
        var input = _dir.Write("m.jsonl", """
            {"id":"S1","asOf":"2024-07-25","storeScore":1,"storeScore":4.6,"positiveRate":0.9}
            {"id":"S2","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}
            """);

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "jsonl", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{input}: invalid snapshot, line 1, storeScore: Duplicate property 'storeScore'", StringComparison.Ordinal));
        run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("S2");
    }

    [Fact]
    public void Check_LangEn_ReportsInvalidLinesInEnglish()
    {
        var input = _dir.Write("m.jsonl", Fixtures.MerchantsJsonLines);

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", "en");

        run.ErrorLines.Should().Contain($"{input}: invalid snapshot, line 3, positiveRate: SV005 positiveRate is 1.5; a rate must be in [0, 1] (75% = 0.75).");
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{input}: invalid snapshot, line 4, storeScroe: Unknown property 'storeScroe'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LangZhCN_ReportsInvalidLinesInChinese()
    {
        var input = _dir.Write("m.jsonl", Fixtures.MerchantsJsonLines);

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", "zh-CN");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain($"{input}：无效快照，第 3 行，positiveRate：SV005 positiveRate 为 1.5：比率必须在 [0, 1] 之间（75% 记为 0.75）。");
        run.ErrorLines.Should().Contain($"{input}：无效快照，第 4 行，storeScroe：MerchantSnapshot 中没有属性“storeScroe”，请对照 docs/snapshots.md 检查拼写。");
        run.ErrorLines.Should().NotContain(l => l.Contains("invalid snapshot", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FormatJsonl_WritesOneObjectPerDecisionWithReasons()
    {
        var input = _dir.Write("m.jsonl", Fixtures.ValidMerchantsJsonLines);

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "jsonl", "--lang", "zh-CN");

        run.ExitCode.Should().Be(0);
        var second = JsonDocument.Parse(run.OutLines[1]).RootElement;
        var reason = second.GetProperty("reasons")[0];
        second.GetProperty("line").GetInt32().Should().Be(2);
        second.GetProperty("outcome").GetString().Should().Be("NotEligible");
        reason.GetProperty("observed").GetString().Should().Be("4.1");
        reason.GetProperty("threshold").GetString().Should().Be("4.1");
        reason.GetProperty("gap").GetString().Should().Be("4.11 (+0.01)");
        second.GetProperty("asOf").GetString().Should().Be("2024-07-25");
        reason.GetProperty("code").GetString().Should().Be("ALLIANCE_STORE_SCORE");
        reason.GetProperty("message").GetString().Should().Be("店铺评分 4.1 未高于 4.1");
        second.GetProperty("ruleSetHash").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Check_FormatCsvToAFile_WritesAHeaderAndQuotedCells()
    {
        var input = _dir.Write("m.jsonl", Fixtures.ValidMerchantsJsonLines);
        var output = _dir.PathOf("out.csv");

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", "en", "--output", output);

        run.ExitCode.Should().Be(0);
        run.Out.Should().BeEmpty();
        var lines = File.ReadAllLines(output);
        lines[0].Should().Be("line,id,name,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash");
        lines[2].Should().StartWith("2,S2,,2024-07-25,NotEligible,ALLIANCE_STORE_SCORE,Store score 4.1 is not above 4.1,,");
        lines.Should().HaveCount(4);
    }

    [Fact]
    public void Check_JsonArrayAndCsvInput_GiveTheSameDecisionsAsJsonLines()
    {
        var array = _dir.Write("m.json", "[\n" + string.Join(",\n", Fixtures.ValidMerchantsJsonLines.Split('\n')) + "\n]");
        var csv = _dir.Write("m.csv", "id,asOf,storeScore,positiveRate,penalties\nS1,2024-07-25,4.6,0.9,[]\nS2,2024-07-25,4.1,0.9,\nS5,2024-07-25,4.25,0.8,\"[{\"\"rule\"\":\"\"MerchantViolation\"\",\"\"date\"\":\"\"2024-01-02\"\"}]\"\n");

        var fromArray = ToolRunner.Run("check", array, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv");
        var fromCsv = ToolRunner.Run("check", csv, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv");

        fromArray.ExitCode.Should().Be(0, fromArray.Error);
        fromCsv.ExitCode.Should().Be(0, fromCsv.Error);
        Outcomes(fromArray).Should().Equal("S1:Eligible", "S2:NotEligible", "S5:Eligible");
        Outcomes(fromCsv).Should().Equal("S1:Eligible", "S2:NotEligible", "S5:Eligible");
    }

    [Fact]
    public void Check_PrettyPrintedSnapshotFile_IsOneItemWithEachProductDecided()
    {
        var run = ToolRunner.Run("check", Repo.PathOf("samples", "data", "examples", "merchant.json"), "-w", "AllianceProductClearance", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        Outcomes(run).Should().Equal("SHOP-7214405/3621789045512:Retain", "SHOP-7214405/3621789045877:Clear");
    }

    [Fact]
    public void Check_NoRulesOption_UsesTheShippedRules()
    {
        var run = ToolRunner.Run("check", Repo.PathOf("samples", "data", "check", "merchants.jsonl"), "-w", "AllianceAdmission", "--format", "csv", "--lang", "en");

        run.ExitCode.Should().Be(2);
        Outcomes(run).Should().Equal("SHOP-7214405:Eligible", "SHOP-7214406:NotEligible", "SHOP-7214407:Indeterminate", "SHOP-7214408:NotEligible", "SHOP-7214410:NotEligible", "SHOP-7214411:Eligible", "SHOP-7214412:Eligible");
        run.ErrorLines[0].Should().EndWith("merchants.jsonl: invalid snapshot, line 5, positiveRate: SV005 positiveRate is 94; a rate must be in [0, 1] (75% = 0.75).");
    }

    [Fact]
    public void Check_IndeterminatePenalty_ShowsTheLevelReachedInEveryFormat()
    {
        // 12 points reach Delisted; with the violation history's start unknown, a heavier level cannot be ruled out.
        var input = _dir.Write("p.jsonl", """
            {"id":"DP-1","asOf":"2024-06-30","violations":[{"date":"2024-03-01","points":12,"kind":"ServiceNotAsPromised"}]}
            {"id":"DP-2","asOf":"2024-06-30","violationHistoryFrom":"2023-01-01","violations":[{"date":"2024-03-01","points":12,"kind":"ServiceNotAsPromised"}]}
            """);
        string[] args = ["check", input, "-w", "StoreOperationPenalty", "--lang", "en"];

        var csv = ToolRunner.Run([.. args, "--format", "csv"]);
        var jsonl = ToolRunner.Run([.. args, "--format", "jsonl"]);
        var table = ToolRunner.Run([.. args, "--format", "table"]);

        csv.ExitCode.Should().Be(0, csv.Error);
        Outcomes(csv).Should().Equal("DP-1:Delisted (ClearedOut indeterminate)", "DP-2:Delisted");
        jsonl.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("outcome").GetString()).Should().Equal("Delisted (ClearedOut indeterminate)", "Delisted");
        var rows = table.OutLines.Where(l => l.Contains('│', StringComparison.Ordinal)).Select(l => l.Split('│').Select(c => c.Trim()).ToArray()).ToList();
        rows[0][..3].Should().Equal("Line", "ID", "Outcome");
        rows.Should().Contain(r => r[0] == "1" && r[1] == "DP-1" && r[2].StartsWith("Delisted (ClearedOut", StringComparison.Ordinal) && r[3].StartsWith("PENALTY_CLEARED_OUT: ", StringComparison.Ordinal));
        rows.Should().Contain(r => r[0] == "2" && r[1] == "DP-2" && r[2] == "delisted" && r[3].StartsWith("PENALTY_DELISTED: ", StringComparison.Ordinal));
        csv.ErrorLines.Should().Contain(l => l.StartsWith("  Indeterminate ", StringComparison.Ordinal), "the summary still counts the outcome by name");
    }

    [Fact]
    public void Check_CsvBadCell_IsReportedWithItsLineAndField()
    {
        var csv = _dir.Write("m.csv", "id,asOf,storeScore\nS1,2024-07-25,4.6\nS2,2024-07-25,high\n");

        var run = ToolRunner.Run("check", csv, "-w", "AllianceAdmission", "-r", _rules, "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{csv}: invalid snapshot, line 3, storeScore:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DashAndAsOf_ReadsStdinAndOverridesTheSnapshotDate()
    {
        var run = ToolRunner.RunWithInput(Fixtures.ValidMerchantsJsonLines, "check", "-", "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--as-of", "2024-08-01");

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Skip(1).Should().OnlyContain(l => l.Contains(",2024-08-01,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--workflow", "NoSuchWorkflow")]
    [InlineData("--as-of", "25/07/2024")]
    [InlineData("--format", "xml")]
    public void Check_UsageErrors_Exit1(string option, string value)
    {
        var input = _dir.Write("m.jsonl", Fixtures.ValidMerchantsJsonLines);
        string[] args = ["check", input, "--rules", _rules, "--workflow", "AllianceAdmission", option, value];

        ToolRunner.Run(args).ExitCode.Should().Be(1);
    }

    [Fact]
    public void Check_RuleErrorsOrMissingInput_Exit1()
    {
        var bad = _dir.Write("bad/admission.json", Fixtures.AdmissionRules().Replace("merchant.StoreScore >", "merchant.StoreScroe >", StringComparison.Ordinal));
        var input = _dir.Write("m.jsonl", Fixtures.ValidMerchantsJsonLines);

        var badRules = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", bad);
        var missing = ToolRunner.Run("check", _dir.PathOf("none.jsonl"), "-w", "AllianceAdmission", "-r", _rules);

        badRules.ExitCode.Should().Be(1);
        badRules.Error.Should().Contain("error DE3002");
        missing.ExitCode.Should().Be(1);
        missing.Error.Should().Contain("Cannot read input");
    }

    private static IEnumerable<string> Outcomes(ToolRun run)
        => run.OutLines.Skip(1).Select(l => l.Split(',')).Select(c => $"{c[1]}:{c[4]}");
}
