using System.Text.Json;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

public sealed class RulesEngineExporterTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(() => RulesEngineExporter.CreateFiles(ShippedRules.Comparison.Translation));

    [Fact]
    public void CreateFiles_ShippedRules_EqualTheCommittedCopyOfTheInteropSample()
    {
        var committed = Directory.GetFiles(ExportPaths.Committed).ToDictionary(f => Path.GetFileName(f)!, f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal));

        var stale = Files.Value.Where(f => committed.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key)
            .Concat(committed.Keys.Where(name => !Files.Value.ContainsKey(name)))
            .ToList();

        stale.Should().BeEmpty(
            $"samples/RulesEngineInterop/Exported must be what the exporter writes for the shipped rules; delete the folder's files and regenerate with: {ExportPaths.Regenerate}");
    }

    [Fact]
    public void CreateFiles_ShippedRules_WriteOneWorkflowFilePerTranslatedVersion()
    {
        var translation = ShippedRules.Comparison.Translation;

        Files.Value.Keys.Where(k => k.EndsWith(".json", StringComparison.Ordinal))
            .Should().BeEquivalentTo(translation.Workflows.Select(w => RulesEngineExporter.FileNameOf(w.WorkflowName)));
        Files.Value.Keys.Should().Contain([RulesEngineExporter.FunctionsFileName, RulesEngineExporter.InputTypesFileName, RulesEngineExporter.WorkflowsFileName, RulesEngineExporter.ReadmeFileName]);
    }

    [Fact]
    public void CreateFiles_FunctionsFile_IsTheHelperSourceOfThePackage()
    {
        var source = File.ReadAllText(Path.Combine(ExportPaths.Root, "src", "Douyin.Eligibility.RulesEngine", "Functions", "DouyinRuleFunctions.cs"));

        Files.Value[RulesEngineExporter.FunctionsFileName].Should().Be(source.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateFiles_WorkflowJson_LoadsIntoRulesEngineFromTheJsonTexts()
    {
        var translation = ShippedRules.Comparison.Translation;
        var json = translation.Workflows.Select(w => Files.Value[RulesEngineExporter.FileNameOf(w.WorkflowName)]).ToArray();

        var engine = new global::RulesEngine.RulesEngine(json, translation.CreateSettings());

        engine.GetAllRegisteredWorkflowNames().Should().BeEquivalentTo(translation.Workflows.Select(w => w.WorkflowName));
    }

    [Fact]
    public void CreateFiles_WorkflowJson_ReadsBackWithSystemTextJsonDefaultsAsTheTranslatedWorkflow()
    {
        foreach (var translated in ShippedRules.Comparison.Translation.Workflows)
        {
            var read = JsonSerializer.Deserialize<Workflow>(Files.Value[RulesEngineExporter.FileNameOf(translated.WorkflowName)])!;

            read.WorkflowName.Should().Be(translated.WorkflowName);
            read.Rules.Select(r => (r.RuleName, r.Expression, r.RuleExpressionType, LocalParams: string.Join(";", (r.LocalParams ?? []).Select(p => $"{p.Name}={p.Expression}"))))
                .Should().Equal(translated.Workflow.Rules.Select(r => (r.RuleName, r.Expression, r.RuleExpressionType, LocalParams: string.Join(";", (r.LocalParams ?? []).Select(p => $"{p.Name}={p.Expression}")))));
            read.Rules.Select(r => r.Properties!["DouyinRule"].ToString()).Should().Equal(translated.Workflow.Rules.Select(r => r.Properties["DouyinRule"].ToString()));
        }
    }

    [Theory]
    [InlineData("AllianceAdmission@2024-07-25", "AllianceAdmission_2024-07-25.json")]
    [InlineData("AllianceAdmission@100-point", "AllianceAdmission_100-point.json")]
    [InlineData("A/B:C", "A_B_C.json")]
    public void FileNameOf_WorkflowName_KeepsOnlySafeCharacters(string workflowName, string expected)
        => RulesEngineExporter.FileNameOf(workflowName).Should().Be(expected);

    [Fact]
    public void Export_Directory_WritesEveryFileAndReturnsThePaths()
    {
        var directory = Path.Combine(Path.GetTempPath(), "douyin-export-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var written = RulesEngineExporter.Export(ShippedRules.Comparison.Translation, directory);

            written.Select(Path.GetFileName).Should().Equal(Files.Value.Keys);
            written.Select(File.ReadAllText).Should().Equal(Files.Value.Values);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
