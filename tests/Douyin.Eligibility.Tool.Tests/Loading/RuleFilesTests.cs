using System.Globalization;
using Douyin.Eligibility.Tool.Loading;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Loading;

public sealed class RuleFilesTests
{
    [Fact]
    public void Load_ValidFile_ReturnsTheRuleSet()
    {
        using var dir = new TempDir();
        var path = dir.Write("admission.json", Fixtures.AdmissionRules());

        var result = RuleFiles.Load(path);

        result.RuleSet.Should().NotBeNull();
        result.RuleSet!.WorkflowNames.Should().Contain("AllianceAdmission");
    }

    [Fact]
    public void Load_MissingPath_ReportsDe1016()
    {
        using var dir = new TempDir();

        var result = RuleFiles.Load(dir.PathOf("absent.json"));

        result.RuleSet.Should().BeNull();
        result.Diagnostics.Select(d => d.Code).Should().Contain("DE1016");
    }

    [Fact]
    public void LoadOrFail_ValidFile_ReturnsRulesAndWritesNoErrors()
    {
        using var dir = new TempDir();
        var path = dir.Write("admission.json", Fixtures.AdmissionRules());
        var error = new StringWriter();

        var ruleSet = RuleFiles.LoadOrFail(path, new ToolContext(TextWriter.Null, error, TextReader.Null), CultureInfo.InvariantCulture);

        ruleSet.WorkflowNames.Should().Contain("AllianceAdmission");
        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void LoadOrFail_BrokenFile_WritesDiagnosticsAndThrows()
    {
        using var dir = new TempDir();
        var path = dir.Write("admission.json", Fixtures.AdmissionRules().Replace("merchant.StoreScore > MinStoreScore", "merchant.NoSuchField > MinStoreScore", StringComparison.Ordinal));
        var error = new StringWriter();

        var load = () => RuleFiles.LoadOrFail(path, new ToolContext(TextWriter.Null, error, TextReader.Null), CultureInfo.InvariantCulture);

        load.Should().Throw<ToolException>().Which.Message.Should().MatchRegex(@"^The rules in '.*admission\.json' have [1-9]\d* error\(s\)\.$");
        error.ToString().Should().NotBeEmpty();
    }
}
