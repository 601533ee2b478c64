using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Diff_ChangedThreshold_ListsFlippedDecisionsWithReasonsAndCounts()
    {
        var before = _dir.Write("old/admission.json", Fixtures.AdmissionRules("4.1"));
        var after = _dir.Write("new/admission.json", Fixtures.AdmissionRules("4.3"));
        var input = _dir.Write("m.jsonl", Fixtures.ValidMerchantsJsonLines + "\n" + """{"id":"S6","asOf":"2024-07-25","storeScore":4.3,"positiveRate":0.6}""");

        var run = ToolRunner.Run("diff", "--rules", before, "--against", after, input, "--workflow", "AllianceAdmission", "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Should().Equal(
            "line 3  S5  Eligible → NotEligible",
            "    old: (no reasons)",
            "    new: ALLIANCE_STORE_SCORE: Store score 4.25 is not above 4.3",
            "4 evaluated, 1 flipped, 0 invalid",
            "  Eligible → NotEligible: 1");
    }

    [Fact]
    public void Diff_WithoutWorkflow_ComparesTheOneChangedWorkflow()
    {
        var before = Repo.PathOf("rules");
        var after = _dir.PathOf("new");
        CopyDirectory(before, after);
        var admission = Path.Combine(after, "alliance", "admission.json");
        File.WriteAllText(admission, File.ReadAllText(admission).Replace("\"Name\": \"MinStoreScore\",\n      \"Expression\": \"4.1\"", "\"Name\": \"MinStoreScore\",\n      \"Expression\": \"4.3\"", StringComparison.Ordinal));

        var run = ToolRunner.Run("diff", "--rules", before, "--against", after, Repo.PathOf("samples", "data", "check", "merchants.jsonl"), "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().Be("Comparing AllianceAdmission, the only workflow that differs.");
        run.OutLines.Should().Contain("line 7  SHOP-7214411  Eligible → NotEligible");
        run.OutLines.Should().Contain("7 evaluated, 2 flipped, 1 invalid");
    }

    [Fact]
    public void Diff_IdenticalRuleSets_FlipsNothing()
    {
        var run = ToolRunner.Run("diff", "--rules", Repo.PathOf("rules"), "--against", Repo.PathOf("rules"), Repo.PathOf("samples", "data", "check", "merchants.jsonl"), "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().Equal("No workflow differs between the two rule sets; no decision can flip.");
    }

    [Fact]
    public void Diff_InvalidLines_AreReportedAndExit2()
    {
        var rules = _dir.Write("old/admission.json", Fixtures.AdmissionRules());
        var input = _dir.Write("m.jsonl", Fixtures.MerchantsJsonLines);

        var run = ToolRunner.Run("diff", "-r", rules, "-a", rules, input, "-w", "AllianceAdmission", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.OutLines[^1].Should().Be("3 evaluated, 0 flipped, 2 invalid");
        run.ErrorLines.Should().HaveCount(2);
    }

    [Fact]
    public void Diff_NoRulesOption_ComparesTheEmbeddedRulesWithAgainst()
    {
        var after = _dir.PathOf("after");
        CopyDirectory(Repo.PathOf("rules"), after);
        var admission = Path.Combine(after, "alliance", "admission.json");
        File.WriteAllText(admission, File.ReadAllText(admission).Replace("\"Expression\": \"4.1\"", "\"Expression\": \"4.3\"", StringComparison.Ordinal));

        var run = ToolRunner.Run("diff", "--against", after, Repo.PathOf("samples", "data", "merchants.jsonl"), "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("Comparing AllianceAdmission");
        run.OutLines[^1].Should().NotBeEmpty();
        run.OutLines.Should().Contain(l => l.StartsWith("252 evaluated, ", StringComparison.Ordinal) && !l.StartsWith("252 evaluated, 0 flipped", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_Chinese_CountsInChinese()
    {
        var rules = _dir.Write("old/admission.json", Fixtures.AdmissionRules());
        var input = _dir.Write("m.jsonl", Fixtures.MerchantsJsonLines);

        var run = ToolRunner.Run("diff", "-r", rules, "-a", rules, input, "-w", "AllianceAdmission", "--lang", "zh-CN");

        run.OutLines[^1].Should().Be("已评估 3 条，改变 0 条，无效 2 条");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
