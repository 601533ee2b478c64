using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.RulesEngine.Tests.Translation;

/// <summary>
/// One workflow over a <see cref="MerchantSnapshot"/> built from conditions written in a test, loaded by the engine and
/// translated for RulesEngine, so a test can run both engines on the same input and compare every rule's outcome.
/// </summary>
internal sealed class TranslationHarness
{
    private readonly global::RulesEngine.RulesEngine _engine;

    private TranslationHarness(Rules.Workflow workflow, RulesEngineTranslation translation)
    {
        Workflow = workflow;
        Translation = translation;
        Translated = translation.Workflows.Single();
        _engine = translation.CreateEngine();
    }

    public Rules.Workflow Workflow { get; }

    public RulesEngineTranslation Translation { get; }

    public TranslatedWorkflow Translated { get; }

    /// <summary>A workflow <c>W</c> with the given params (name → expression) and one rule per condition, R0, R1 ….</summary>
    public static TranslationHarness For(IEnumerable<string> conditions, IReadOnlyDictionary<string, string>? globalParams = null)
    {
        var translation = Translate(conditions, globalParams, out var workflow);
        translation.Diagnostics.Should().BeEmpty();
        return new TranslationHarness(workflow, translation);
    }

    /// <summary>The translation of such a workflow, diagnostics and all.</summary>
    public static RulesEngineTranslation Translate(IEnumerable<string> conditions, IReadOnlyDictionary<string, string>? globalParams, out Rules.Workflow workflow)
    {
        var rules = conditions.Select((c, i) => new Dictionary<string, object> { ["RuleName"] = $"R{i}", ["Expression"] = c }).ToList();
        var file = new Dictionary<string, object>
        {
            ["WorkflowName"] = "W",
            ["Inputs"] = new[] { new Dictionary<string, string> { ["Name"] = "merchant", ["Type"] = "MerchantSnapshot" } },
            ["GlobalParams"] = (globalParams ?? new Dictionary<string, string>()).Select(p => new Dictionary<string, string> { ["Name"] = p.Key, ["Expression"] = p.Value }).ToList(),
            ["Rules"] = rules,
        };
        var load = RuleSet.Load([RuleSource.FromText("w.json", JsonSerializer.Serialize(file))], EligibilityEvaluator.CreateRuleSetOptions());
        load.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        workflow = load.RuleSet!.GetVersions("W").Single();
        return RulesEngineTranslator.Translate(load.RuleSet!);
    }

    /// <summary>A merchant from JSON in the snapshot format (missing properties are missing facts).</summary>
    public static MerchantSnapshot Merchant(string json) => JsonSerializer.Deserialize<MerchantSnapshot>(json, SnapshotJson.Options)!;

    /// <summary>Each rule's outcome on the built-in engine.</summary>
    public RuleOutcome[] BuiltIn(DateOnly asOf, MerchantSnapshot? merchant) => Workflow.OutcomesPerRule(asOf, merchant);

    /// <summary>Each rule's outcome on RulesEngine.</summary>
    public RuleOutcome[] OnRulesEngine(DateOnly asOf, MerchantSnapshot? merchant) => Translated.Evaluate(_engine, asOf, merchant);
}
