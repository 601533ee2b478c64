using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

/// <summary><c>lint --effective</c> and <c>explain</c> for a version based on another (docs/tool.md).</summary>
public sealed class InheritanceCommandTests : IDisposable
{
    private const string Version2023 = """
        {
          "WorkflowName": "AllianceAdmission",
          "Version": "2023",
          "BasedOn": "2024-07-25",
          "EffectiveFrom": "2023-01-01",
          "EffectiveTo": "2024-07-24",
          "GlobalParams": [{"Name": "MinStoreScore", "Expression": "4.5"}],
          "RemoveRules": ["PositiveRate"],
          "Rules": [{"RuleName": "Settled", "Before": "StoreScore", "ReasonCode": "ALLIANCE_SETTLED", "Expression": "merchant.IsSettled"}]
        }
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string WriteRules()
    {
        var current = Fixtures.AdmissionRules().Replace("\"WorkflowName\": \"AllianceAdmission\",", "\"WorkflowName\": \"AllianceAdmission\", \"Version\": \"2024-07-25\", \"EffectiveFrom\": \"2024-07-25\",", StringComparison.Ordinal);
        _dir.Write("rules/admission.json", current);
        _dir.Write("rules/versions/admission-2023.json", Version2023);
        return _dir.PathOf("rules");
    }

    [Fact]
    public void Lint_EffectiveVersion_PrintsInheritedAndOwnRulesInOrderWithWhereEachIsWritten()
    {
        var rules = WriteRules();
        var current = Path.Combine(rules, "admission.json");
        var version = Path.Combine(rules, "versions", "admission-2023.json");

        var run = ToolRunner.Run("lint", rules, "--lang", "en", "--effective", "AllianceAdmission@2023");

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines.Should().Equal(
            "0 errors, 0 warnings",
            string.Empty,
            $"AllianceAdmission 2023, based on 2024-07-25 ({version}):",
            "  in force 2023-01-01 to 2024-07-24",
            "  constant params (2):",
            "    MinPositiveRate = 0.75",
            "    MinStoreScore = 4.5",
            "  rules (2):",
            $"    Settled [ALLIANCE_SETTLED]  {version}(9,13)",
            "        merchant.IsSettled",
            $"    StoreScore [ALLIANCE_STORE_SCORE]  inherited from {current}(6,5)",
            "        merchant.StoreScore > MinStoreScore");
    }

    [Fact]
    public void Lint_EffectiveWorkflow_PrintsEveryVersionAndChineseHeadings()
    {
        var rules = WriteRules();

        var run = ToolRunner.Run("lint", rules, "--effective", "allianceadmission");

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines.Should().Contain(l => l.StartsWith("AllianceAdmission 2023，基于 2024-07-25（", StringComparison.Ordinal));
        run.OutLines.Should().Contain(l => l.StartsWith("AllianceAdmission (2024-07-25)（", StringComparison.Ordinal));
        run.OutLines.Should().Contain("  规则（2）：");
    }

    [Fact]
    public void Lint_EffectiveUnknownVersion_SaysWhichVersionsThereAreAndExits1()
    {
        var run = ToolRunner.Run("lint", WriteRules(), "--lang", "en", "--effective", "AllianceAdmission@2099");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("workflow 'AllianceAdmission' has no version '2099'; it has 2023, 2024-07-25.");
    }

    [Fact]
    public void Explain_BasedVersion_NamesTheVersionAndItsBase()
    {
        var rules = WriteRules();
        var snapshot = _dir.Write("s.json", """{"id":"S1","asOf":"2023-06-01","storeScore":4.4,"positiveRate":0.5,"isSettled":true}""");

        var run = ToolRunner.Run("explain", snapshot, "--workflow", "AllianceAdmission", "--rules", rules, "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Should().Contain("Every condition (AllianceAdmission 2023, based on 2024-07-25):");
        run.OutLines.Should().Contain("  ✗ StoreScore [ALLIANCE_STORE_SCORE]: Failed");
        run.OutLines.Should().NotContain(l => l.Contains("PositiveRate [", StringComparison.Ordinal));
    }
}
