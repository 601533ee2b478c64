using System.Text.Json;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private const string Misspelt = """
        {
          "WorkflowName": "AllianceAdmission",
          "Inputs": [{"Name": "merchant", "Type": "MerchantSnapshot"}],
          "Rules": [
            {"RuleName": "StoreScore", "ReasonCode": "ALLIANCE_STORE_SCORE",
             "Expression": "merchant.StoreScroe > 4.1"}
          ]
        }
        """;

    private const string Untranslatable = """
        {
          "WorkflowName": "StoreCheck",
          "Inputs": [{"Name": "merchant", "Type": "MerchantSnapshot"}],
          "Rules": [
            {"RuleName": "Score", "Expression": "(merchant.IsSettled ? merchant : merchant).StoreScore > 1"}
          ]
        }
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Export_ShippedRules_WritesOneWorkflowFilePerVersionAndTheSharedSources()
    {
        var output = _dir.PathOf("exported");
        var versions = EligibilityEvaluator.LoadRuleSet(Repo.PathOf("rules")).RuleSet!.Workflows.ToList();

        var run = ToolRunner.Run("export", "--to", "rulesengine", Repo.PathOf("rules"), "--output", output, "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.OutLines.Should().Equal($"Exported {versions.Count} workflow version(s), {versions.Count + 6} files, to {output}");
        var names = Directory.GetFiles(output, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("WorkflowName").GetString()).ToList();
        names.Should().HaveCount(versions.Count).And.OnlyHaveUniqueItems();
        names.Select(n => n![..n!.IndexOf('@', StringComparison.Ordinal)]).Should().BeEquivalentTo(versions.Select(v => v.Name));
        File.ReadAllText(Path.Combine(output, "DouyinRuleFunctions.cs")).Should().Be(
            File.ReadAllText(Repo.PathOf("src", "Douyin.Eligibility.RulesEngine", "Functions", "DouyinRuleFunctions.cs")).Replace("\r\n", "\n", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(output, "DouyinRuleOutcomes.cs")).Should().Be(
            File.ReadAllText(Repo.PathOf("src", "Douyin.Eligibility.RulesEngine", "Functions", "DouyinRuleOutcomes.cs")).Replace("\r\n", "\n", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(output, "SnapshotFormulas.cs")).Should().Be(
            File.ReadAllText(Repo.PathOf("src", "Douyin.Eligibility", "Snapshots", "SnapshotFormulas.cs")).Replace("\r\n", "\n", StringComparison.Ordinal));
        File.Exists(Path.Combine(output, "DouyinInputTypes.cs")).Should().BeTrue();
        File.ReadAllText(Path.Combine(output, "README.md")).Should().Contain("new RulesEngine.RulesEngine(workflows, DouyinWorkflows.CreateSettings())");
    }

    [Fact]
    public void Export_NoRulesGiven_ExportsTheEmbeddedRulesAsTheShippedFolder()
    {
        var embedded = _dir.PathOf("embedded");
        var folder = _dir.PathOf("folder");

        ToolRunner.Run("export", "--to", "rulesengine", "--output", embedded).ExitCode.Should().Be(0);
        ToolRunner.Run("export", "--to", "rulesengine", Repo.PathOf("rules"), "--output", folder).ExitCode.Should().Be(0);

        Directory.GetFiles(embedded, "*.json").Select(Path.GetFileName).Should().BeEquivalentTo(Directory.GetFiles(folder, "*.json").Select(Path.GetFileName)).And.NotBeEmpty();
    }

    [Fact]
    public void Export_BadRuleFile_PrintsTheCompilerStyleErrorAndWritesNothing()
    {
        var file = _dir.Write("misspelt.json", Misspelt);
        var output = _dir.PathOf("exported");

        var run = ToolRunner.Run("export", "--to", "rulesengine", file, "--output", output, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().Equal(
            $"{file}(6,30): error DE3002: 'MerchantSnapshot' has no member 'StoreScroe'. Did you mean 'StoreScore'?",
            "The rules have 1 error; nothing was exported.");
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Export_RuleThatCannotBeTranslated_PrintsTheTranslationErrorAndWritesNothing()
    {
        var file = _dir.Write("untranslatable.json", Untranslatable);
        var output = _dir.PathOf("exported");

        var run = ToolRunner.Run("export", "--to", "rulesengine", file, "--output", output, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().HaveCount(2);
        run.ErrorLines[0].Should().StartWith($"{file}(5,").And.Contain(": error DE7001: ");
        run.ErrorLines[1].Should().Be("The rules have 1 error; nothing was exported.");
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Export_OutputIsAFile_IsAnErrorNamingIt()
    {
        var output = _dir.Write("taken", "a file, not a folder");

        var run = ToolRunner.Run("export", "--to", "rulesengine", "--output", output);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"error: Cannot write to '{output}': ");
    }

    [Fact]
    public void Export_UnknownTarget_IsAUsageError()
    {
        var output = _dir.PathOf("exported");

        var run = ToolRunner.Run("export", "--to", "drools", "--output", output);

        run.ExitCode.Should().Be(1);
        Directory.Exists(output).Should().BeFalse();
    }
}
