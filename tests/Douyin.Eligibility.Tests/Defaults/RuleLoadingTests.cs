using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Defaults;

/// <summary>
/// Rule files are selected by one filter, embedded and on disk, and read file by file: an unreadable file is a DE1016
/// beside the diagnostics of the others, never an exception.
/// </summary>
public class RuleLoadingTests
{
    private const string Workflow = """{ "WorkflowName": "Extra", "Inputs": [{ "Name": "merchant", "Type": "MerchantSnapshot" }], "Rules": [{ "RuleName": "R", "Expression": "true" }] }""";

    [Fact]
    public void EmbeddedResources_OfTheLibrary_AreExactlyTheRuleFilesTheFilterSelectsFromRules()
    {
        var embedded = typeof(EligibilityEvaluator).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(RuleLoader.EmbeddedPrefix, StringComparison.Ordinal))
            .Select(name => name[RuleLoader.EmbeddedPrefix.Length..])
            .Order(StringComparer.Ordinal);
        var rules = Repo.PathOf("rules");
        var selected = Directory.EnumerateFiles(rules, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(rules, file).Replace('\\', '/'))
            .Where(RuleFileFilter.IsRuleFile)
            .Order(StringComparer.Ordinal);

        embedded.Should().Equal(selected).And.Contain("alliance/admission.json");
    }

    [Fact]
    public void Embedded_Load_ReadsEveryEmbeddedRuleFile()
    {
        var result = RuleLoader.Embedded().Load();

        result.IsSuccess.Should().BeTrue();
        result.RuleSet!.Files.Should().HaveCount(typeof(EligibilityEvaluator).Assembly.GetManifestResourceNames().Count(n => n.StartsWith(RuleLoader.EmbeddedPrefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void LoadRuleSet_FolderWithAFileGoneAndABadFile_ReportsBothInFileOrderAndFails()
    {
        using var rules = TestRules.Copy();
        var gone = rules.PathOf("alliance/gone.json");
        File.CreateSymbolicLink(gone, rules.PathOf("nowhere.json"));
        File.WriteAllText(rules.PathOf("providers/bad.json"), "{");

        var result = EligibilityEvaluator.LoadRuleSet(rules.Path);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(e => (e.Code, e.Location.Path)).Should().Equal(
            (DiagnosticCodes.FileUnreadable, gone),
            (DiagnosticCodes.InvalidJson, rules.PathOf("providers/bad.json")));
        result.Errors.First().Message.Should().Be($"The rule file '{gone}' does not exist.");
    }

    [Fact]
    public void LoadRuleSet_FolderThatReads_IsWhatLoadingItsSourcesGives()
    {
        var fromPath = EligibilityEvaluator.LoadRuleSet(TestRules.Directory);
        var fromSources = EligibilityEvaluator.LoadRuleSet(RuleSource.FromDirectory(TestRules.Directory));

        fromPath.IsSuccess.Should().BeTrue();
        fromPath.RuleSet!.ContentHash.Should().Be(fromSources.RuleSet!.ContentHash);
        fromPath.Diagnostics.Should().Equal(fromSources.Diagnostics);
    }

    [Fact]
    public void LoadRuleSet_OneFile_LoadsIt()
    {
        using var rules = TestRules.Copy();
        var file = rules.PathOf("extra.json");
        File.WriteAllText(file, Workflow);

        var result = EligibilityEvaluator.LoadRuleSet(file);

        result.IsSuccess.Should().BeTrue();
        result.RuleSet!.WorkflowNames.Should().Equal("Extra");
        result.RuleSet.Files.Should().Equal(file);
    }

    [Theory]
    [InlineData("missing.json")]
    [InlineData("missing-folder")]
    public void LoadRuleSet_PathThatDoesNotExist_IsOnlyDE1016(string name)
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), name);

        var result = EligibilityEvaluator.LoadRuleSet(missing);

        result.IsSuccess.Should().BeFalse();
        result.Diagnostics.Select(d => d.ToString()).Should().Equal($"{missing}(1,1): error DE1016: The rule file '{missing}' does not exist.");
    }

    [Fact]
    public void LoadRuleSet_EmptyPath_Throws()
    {
        var act = () => EligibilityEvaluator.LoadRuleSet("");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ForDirectoryLoad_DirectoryGone_IsOneDE1016AtTheDirectory()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-rules-" + Guid.NewGuid().ToString("N"));

        var result = RuleLoader.ForDirectory(missing).Load();

        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(DiagnosticCodes.FileUnreadable);
        diagnostic.Location.Path.Should().Be(missing);
        diagnostic.Message.Should().StartWith("Cannot read the rules directory: ");
    }

    [Fact]
    public void ForDirectoryLoad_AFileGone_FailsWithOneDE1016ForThatFile()
    {
        using var rules = TestRules.Copy();
        var gone = rules.PathOf("alliance/gone.json");
        File.CreateSymbolicLink(gone, rules.PathOf("nowhere.json"));

        var result = RuleLoader.ForDirectory(rules.Path).Load();

        result.IsSuccess.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        (error.Code, error.Location.Path).Should().Be((DiagnosticCodes.FileUnreadable, gone));
    }
}
