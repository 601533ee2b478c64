using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

public sealed class ExplainCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Explain_Snapshot_ShowsEveryConditionWithObservedThresholdOutcomeAndGap()
    {
        var rules = _dir.Write("rules/admission.json", Fixtures.AdmissionRules());
        var snapshot = _dir.Write("s.json", """{"id":"S2","asOf":"2024-07-25","storeScore":4.1,"positiveRate":0.9}""");

        var run = ToolRunner.Run("explain", snapshot, "--workflow", "AllianceAdmission", "--rules", rules, "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("Decision: not eligible");
        run.OutLines.Should().Contain("  ✗ StoreScore [ALLIANCE_STORE_SCORE]: Failed");
        run.OutLines.Should().Contain("      - merchant.StoreScore > MinStoreScore: observed 4.1, threshold 4.1 → false; gap: needs 4.11 (+0.01)");
        run.OutLines.Should().Contain("  ✓ PositiveRate [ALLIANCE_POSITIVE_RATE]: Passed");
        run.OutLines.Should().Contain("      - merchant.PositiveRate > MinPositiveRate: observed 0.9, threshold 0.75 → true");
    }

    [Fact]
    public void Explain_StdinWithShippedRules_ExplainsInChinese()
    {
        var json = File.ReadAllText(Repo.PathOf("samples", "data", "examples", "merchant.json"));

        var run = ToolRunner.RunWithInput(json, "explain", "-", "--workflow", "AllianceAdmission");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("结论：符合准入条件");
        run.Out.Should().Contain("逐条条件");
    }

    [Fact]
    public void Explain_InvalidSnapshot_Exits2()
    {
        var snapshot = _dir.Write("s.json", """{"id":"S2","asOf":"2024-07-25","storeScore":9}""");

        var run = ToolRunner.Run("explain", snapshot, "--workflow", "AllianceAdmission", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("storeScore: SV006");
    }

    [Fact]
    public void Explain_SnapshotOverTheItemLimit_IsRefusedWithoutReadingItWhole()
    {
        var big = "{\"id\":\"S3\",\"asOf\":\"2024-07-25\",\"shopName\":\"" + new string('x', 17 * 1024 * 1024) + "\"}";
        var snapshot = _dir.Write("big.json", big);

        var fromFile = ToolRunner.Run("explain", snapshot, "--workflow", "AllianceAdmission", "--lang", "en");
        var fromStdin = ToolRunner.RunWithInput(big, "explain", "-", "--workflow", "AllianceAdmission", "--lang", "en");

        fromFile.ExitCode.Should().Be(1);
        fromFile.Error.Should().Contain("is larger than 16,777,216 bytes; explain reads one snapshot");
        fromStdin.ExitCode.Should().Be(1);
        fromStdin.Error.Should().Contain("longer than 16,777,216 characters");
    }

    [Fact]
    public void Explain_RulesWithoutTheWorkflow_StopTheRunNamingIt()
    {
        var rules = _dir.Write("rules/admission.json", Fixtures.AdmissionRules());
        var snapshot = _dir.Write("s.json", File.ReadAllText(Repo.PathOf("samples", "data", "examples", "store-operation-provider.json")));

        var run = ToolRunner.Run("explain", snapshot, "--workflow", "StoreOperationAdmission", "--rules", rules, "--lang", "en");

        run.ExitCode.Should().NotBe(0);
        run.ExitCode.Should().NotBe(2, "the rules, not the snapshot, are at fault");
        run.Error.Should().Contain("has no workflow 'StoreOperationAdmission'");
    }
}
