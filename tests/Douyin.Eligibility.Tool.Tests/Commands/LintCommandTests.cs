using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

public sealed class LintCommandTests : IDisposable
{
    private const string ThreeMistakes = """
        {
          "WorkflowName": "AllianceAdmission",
          "Inputs": [{"Name": "merchant", "Type": "MerchantSnapshot"}],
          "GlobalParams": [{"Name": "MinStoreScore", "Expression": "4.1"}],
          "Rules": [
            {"RuleName": "StoreScore", "ReasonCode": "ALLIANCE_STORE_SCORE",
             "Expression": "merchant.StoreScroe > MinStoreScore",
             "ErrorMesage": "Store score is too low"},
            {"RuleName": "Settled", "ReasonCode": "ALLIANCE_SETTLED",
             "Expression": "merchant.IsSettled == 'yes'"}
          ]
        }
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Lint_ThreeMistakes_GivesThreeExactLinesACountAndExit1()
    {
        var file = _dir.Write("three-mistakes.json", ThreeMistakes);

        var run = ToolRunner.Run("lint", file, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Equal(
            $"{file}(7,30): error DE3002: 'MerchantSnapshot' has no member 'StoreScroe'. Did you mean 'StoreScore'?",
            $"{file}(8,6): error DE1003: Unknown property 'ErrorMesage' in rule 'StoreScore'. Did you mean 'ErrorMessage'?",
            $"{file}(10,40): error DE3004: Operator '==' needs values of the same type on both sides, but got bool and string.",
            "3 errors, 0 warnings");
    }

    [Fact]
    public void Lint_Directory_IsLintedRecursivelyWithPathsAsGiven()
    {
        _dir.Write("rules/alliance/admission.json", Fixtures.AdmissionRules());
        _dir.Write("rules/alliance/broken.json", ThreeMistakes.Replace("AllianceAdmission", "Other", StringComparison.Ordinal));
        _dir.Write("rules/tests/admission.tests.json", "not even json");
        _dir.Write("rules/schema/workflow.json", "not even json");
        var rules = _dir.PathOf("rules");

        var run = ToolRunner.Run("lint", rules, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().HaveCount(4);
        run.OutLines[..3].Should().OnlyContain(l => l.StartsWith(Path.Combine(rules, "alliance", "broken.json") + "(", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_TypedParamOutOfRange_IsDE5001AndExit1()
    {
        var rules = Fixtures.AdmissionRules().Replace(
            "{\"Name\": \"MinPositiveRate\", \"Expression\": \"0.75\"}",
            "{\"Name\": \"MinPositiveRate\", \"Expression\": \"0.75\"}, {\"Name\": \"MaxAllianceOpenings\", \"Expression\": \"3000000000\"}",
            StringComparison.Ordinal);
        var file = _dir.Write("openings.json", rules);

        var run = ToolRunner.Run("lint", file, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Equal(
            $"{file}(4,166): error DE5001: GlobalParam 'MaxAllianceOpenings' of workflow 'AllianceAdmission' is 3000000000; the typed API needs a whole number in [0, 1000000].",
            "1 error, 0 warnings");
    }

    [Fact]
    public void Lint_CleanRules_Exits0()
    {
        var run = ToolRunner.Run("lint", _dir.Write("ok.json", Fixtures.AdmissionRules()), "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().Equal("0 errors, 0 warnings");
    }

    [Fact]
    public void Lint_WarningsOnly_Exits0()
    {
        var withLegacy = Fixtures.AdmissionRules().Replace("\"ReasonCode\": \"ALLIANCE_POSITIVE_RATE\",", "\"ReasonCode\": \"ALLIANCE_POSITIVE_RATE\", \"ErrorType\": \"Error\",", StringComparison.Ordinal);

        var run = ToolRunner.Run("lint", _dir.Write("legacy.json", withLegacy), "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().HaveCount(2);
        run.OutLines[0].Should().Contain(": warning DE1011: ");
        run.OutLines[1].Should().Be("0 errors, 1 warning");
    }

    [Fact]
    public void Lint_UnreadableFile_IsDE1016()
    {
        var missing = _dir.PathOf("missing.json");

        var run = ToolRunner.Run("lint", missing, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Equal($"{missing}(1,1): error DE1016: The rule file '{missing}' does not exist.", "1 error, 0 warnings");
    }

    [Fact]
    public void Lint_DirectoryWithAFileGone_ReportsItBesideTheOtherFilesDiagnostics()
    {
        _dir.Write("rules/alliance/admission.json", Fixtures.AdmissionRules());
        _dir.Write("rules/alliance/broken.json", ThreeMistakes.Replace("AllianceAdmission", "Other", StringComparison.Ordinal));
        var gone = _dir.PathOf("rules/alliance/gone.json");
        File.CreateSymbolicLink(gone, _dir.PathOf("rules/nowhere.json"));

        var run = ToolRunner.Run("lint", _dir.PathOf("rules"), "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().HaveCount(5);
        run.OutLines[..3].Should().OnlyContain(l => l.Contains("broken.json(", StringComparison.Ordinal));
        run.OutLines[3..].Should().Equal($"{gone}(1,1): error DE1016: The rule file '{gone}' does not exist.", "4 errors, 0 warnings");
    }

    [Fact]
    public void Lint_NoLang_WritesMessagesAndCountInChinese()
    {
        var file = _dir.Write("three-mistakes.json", ThreeMistakes);

        var run = ToolRunner.Run("lint", file);

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().HaveCount(4);
        run.OutLines[0].Should().StartWith($"{file}(7,30): error DE3002: ").And.Contain("StoreScroe").And.MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        run.OutLines[1].Should().StartWith($"{file}(8,6): error DE1003: ").And.Contain("ErrorMesage").And.Contain("ErrorMessage").And.MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        run.OutLines[2].Should().StartWith($"{file}(10,40): error DE3004: ").And.MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        run.OutLines[3].Should().Be("3 个错误，0 个警告");
    }
}
