using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

public sealed class TestCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public TestCommandTests() => _dir.Write("rules/admission.json", Fixtures.AdmissionRules());

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Test_PassingCases_ReportTheCountAndExit0()
    {
        var file = _dir.Write("rules/tests/admission.tests.json", TestFile(
            Case("4.11 passes", """{"id":"S1","storeScore":4.11,"positiveRate":0.9}""", "Eligible", "[]"),
            Case("4.1 fails", """{"id":"S2","storeScore":4.1,"positiveRate":0.9}""", "NotEligible", """["ALLIANCE_STORE_SCORE"]"""),
            Case("unknown score", """{"id":"S3","positiveRate":0.9}""", "Indeterminate", """["ALLIANCE_STORE_SCORE"]""", """["merchant.StoreScore"]""")));

        var run = ToolRunner.Run("test", file);

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines.Should().Equal("3 passed, 0 failed");
    }

    [Fact]
    public void Test_FailingCases_ShowExpectedAndActualAndExit1()
    {
        var file = _dir.Write("rules/tests/admission.tests.json", TestFile(
            Case("right", """{"id":"S1","storeScore":4.6,"positiveRate":0.9}""", "Eligible"),
            Case("wrong outcome", """{"id":"S2","storeScore":4.1,"positiveRate":0.9}""", "Eligible"),
            Case("wrong reasons", """{"id":"S3","storeScore":4.1,"positiveRate":0.5}""", "NotEligible", """["ALLIANCE_STORE_SCORE"]""")));

        var run = ToolRunner.Run("test", file);

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Equal(
            $"FAIL {file}: wrong outcome",
            "  expected: outcome Eligible",
            "  actual:   outcome NotEligible, reasons [ALLIANCE_STORE_SCORE]",
            "    ALLIANCE_STORE_SCORE: Store score 4.1 is not above 4.1",
            $"FAIL {file}: wrong reasons",
            "  expected: outcome NotEligible, reasons [ALLIANCE_STORE_SCORE]",
            "  actual:   outcome NotEligible, reasons [ALLIANCE_STORE_SCORE, ALLIANCE_POSITIVE_RATE]",
            "    ALLIANCE_STORE_SCORE: Store score 4.1 is not above 4.1",
            "    ALLIANCE_POSITIVE_RATE: Positive rate 0.5 is not above 0.75",
            "1 passed, 2 failed");
    }

    [Fact]
    public void Test_InvalidSnapshotOrMalformedFile_IsAFailure()
    {
        _dir.Write("rules/tests/a.tests.json", TestFile(Case("bad rate", """{"id":"S1","storeScore":4.6,"positiveRate":75}""", "Eligible")));
        _dir.Write("rules/tests/b.tests.json", """{"workflow": "AllianceAdmission", "rules": "..", "cases": [{"name": "x", "snapshot": {}, "outcome": "Eligible", "reasonCode": []}]}""");

        var run = ToolRunner.Run("test", _dir.PathOf("rules/tests"));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("invalid snapshot: line 1, positiveRate: SV005");
        run.Out.Should().Contain("cases[0]: unknown property 'reasonCode'");
        run.OutLines[^1].Should().Be("0 passed, 2 failed");
    }

    [Fact]
    public void Test_CasesThatChangeABase_RunLikeWholeSnapshots()
    {
        var file = _dir.Write("rules/tests/admission.tests.json", """
            {"workflow": "AllianceAdmission", "rules": "..", "base": {"id": "S1", "storeScore": 4.6, "positiveRate": 0.9},
             "cases": [
              {"name": "base passes", "asOf": "2024-07-25", "outcome": "Eligible", "reasonCodes": []},
              {"name": "4.1 fails", "asOf": "2024-07-25", "set": {"storeScore": 4.1}, "outcome": "NotEligible", "reasonCodes": ["ALLIANCE_STORE_SCORE"]},
              {"name": "unknown score", "asOf": "2024-07-25", "unset": ["storeScore"], "outcome": "Indeterminate", "missingFields": ["merchant.StoreScore"]},
              {"name": "whole", "asOf": "2024-07-25", "snapshot": {"id": "S2", "storeScore": 4.6, "positiveRate": 0.9}, "outcome": "Eligible"}
            ]}
            """);

        var run = ToolRunner.Run("test", file);

        run.ExitCode.Should().Be(0, run.Out);
        run.OutLines.Should().Equal("4 passed, 0 failed");
    }

    [Fact]
    public void Test_ChangedSnapshot_IsValidatedLikeAWholeOne()
    {
        var file = _dir.Write("rules/tests/admission.tests.json", """
            {"workflow": "AllianceAdmission", "rules": "..", "base": {"id": "S1", "storeScore": 4.6, "positiveRate": 0.9},
             "cases": [
              {"name": "rate out of range", "asOf": "2024-07-25", "set": {"positiveRate": 75}, "outcome": "Eligible"},
              {"name": "null rate", "asOf": "2024-07-25", "set": {"positiveRate": null}, "outcome": "Eligible"},
              {"name": "unknown property", "asOf": "2024-07-25", "add": {"storeScor": 4.1}, "outcome": "Eligible"}
            ]}
            """);
        var whole = _dir.Write("rules/tests/whole.tests.json", TestFile(
            Case("rate out of range", """{"id":"S1","storeScore":4.6,"positiveRate":75}""", "Eligible"),
            Case("null rate", """{"id":"S1","storeScore":4.6,"positiveRate":null}""", "Eligible"),
            Case("unknown property", """{"id":"S1","storeScore":4.6,"positiveRate":0.9,"storeScor":4.1}""", "Eligible")));

        var changed = ToolRunner.Run("test", file);
        var given = ToolRunner.Run("test", whole);

        changed.OutLines[^1].Should().Be("0 passed, 3 failed");
        changed.Out.Should().Contain("invalid snapshot: line 1, positiveRate: SV005");
        changed.Out.Replace(file, "F", StringComparison.Ordinal).Should().Be(given.Out.Replace(whole, "F", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_ChangeOfAFieldTheBaseLacks_FailsTheFileAtTheChange()
    {
        var file = _dir.Write("rules/tests/admission.tests.json", "{\"workflow\": \"AllianceAdmission\", \"rules\": \"..\", \"base\": {\"id\": \"S1\"},\n \"cases\": [{\"name\": \"n\", \"set\": {\"storeScore\": 4.1}, \"outcome\": \"Eligible\"}]}");

        var run = ToolRunner.Run("test", file);

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Equal(
            $"FAIL {file}(2,34): error DE8005: cases[0]: 'storeScore': the base has no 'storeScore' ('add' adds a field the base lacks)",
            "0 passed, 1 failed");
    }

    [Fact]
    public void Test_InvalidExpectation_PassesOnlyWithExactlyThoseValidationCodes()
    {
        _dir.Write("dated/admission.json", Fixtures.AdmissionRules().Replace("\"Inputs\"", "\"EffectiveFrom\": \"2024-07-25\", \"Inputs\"", StringComparison.Ordinal));
        var file = _dir.Write("dated/tests/admission.tests.json", """
            {"workflow": "AllianceAdmission", "rules": "..", "base": {"id": "S1", "storeScore": 4.6, "positiveRate": 0.9},
             "cases": [
              {"name": "before the rules", "asOf": "2024-07-24", "invalid": ["SV015"]},
              {"name": "rate out of range", "asOf": "2024-07-25", "set": {"positiveRate": 75}, "invalid": ["SV005"]},
              {"name": "another code", "asOf": "2024-07-24", "invalid": ["SV005"]},
              {"name": "decided instead", "asOf": "2024-07-25", "invalid": ["SV015"]}
            ]}
            """);

        var run = ToolRunner.Run("test", file);

        run.ExitCode.Should().Be(1);
        run.OutLines[0].Should().Be($"FAIL {file}: another code");
        run.OutLines[1].Should().Be("  expected: invalid [SV005]");
        run.OutLines[2].Should().StartWith("  actual:   invalid [SV015]: SV015 ").And.Contain("2024-07-24");
        run.OutLines[3..].Should().Equal(
            $"FAIL {file}: decided instead",
            "  expected: invalid [SV015]",
            "  actual:   outcome Eligible, reasons []",
            "2 passed, 2 failed");
    }

    [Fact]
    public void Test_AssumptionsExpectation_IsExactlyTheAssumedParamsOfTheReasons()
    {
        _dir.Write("assumed/admission.json", Fixtures.AdmissionRules().Replace("\"Inputs\"", "\"Properties\": {\"Assumptions\": {\"MinStoreScore\": \"no source\"}}, \"Inputs\"", StringComparison.Ordinal));
        var file = _dir.Write("assumed/tests/admission.tests.json", """
            {"workflow": "AllianceAdmission", "rules": "..", "base": {"id": "S1", "storeScore": 4.6, "positiveRate": 0.9},
             "cases": [
              {"name": "assumed", "asOf": "2024-07-25", "set": {"storeScore": 4.1}, "outcome": "NotEligible", "assumptions": ["MinStoreScore"]},
              {"name": "sourced", "asOf": "2024-07-25", "set": {"positiveRate": 0.5}, "outcome": "NotEligible", "assumptions": []},
              {"name": "not said", "asOf": "2024-07-25", "set": {"storeScore": 4.1}, "outcome": "NotEligible", "assumptions": []}
            ]}
            """);

        var run = ToolRunner.Run("test", file);

        run.OutLines.Should().StartWith([
            $"FAIL {file}: not said",
            "  expected: outcome NotEligible, assumptions []",
            "  actual:   outcome NotEligible, reasons [ALLIANCE_STORE_SCORE], assumptions [MinStoreScore]"]);
        run.OutLines[^1].Should().Be("2 passed, 1 failed");
    }

    [Fact]
    public void Test_RulesOption_OverridesTheFilesRules()
    {
        var stricter = _dir.Write("stricter/admission.json", Fixtures.AdmissionRules("4.5"));
        var file = _dir.Write("rules/tests/admission.tests.json", TestFile(Case("4.3 passes", """{"id":"S1","storeScore":4.3,"positiveRate":0.9}""", "Eligible")));

        ToolRunner.Run("test", file).ExitCode.Should().Be(0);
        ToolRunner.Run("test", file, "--rules", stricter).OutLines[^1].Should().Be("0 passed, 1 failed");
    }

    private static string TestFile(params string[] cases)
        => $$"""{"workflow": "AllianceAdmission", "rules": "..", "cases": [{{string.Join(",", cases)}}]}""";

    private static string Case(string name, string snapshot, string outcome, string? reasons = null, string? missing = null)
        => $$"""{"name": "{{name}}", "asOf": "2024-07-25", "snapshot": {{snapshot}}, "outcome": "{{outcome}}"{{(reasons is null ? "" : $", \"reasonCodes\": {reasons}")}}{{(missing is null ? "" : $", \"missingFields\": {missing}")}}}""";
}
