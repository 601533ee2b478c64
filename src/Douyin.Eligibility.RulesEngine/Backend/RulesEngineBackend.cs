using System.Runtime.CompilerServices;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The typed API on Microsoft RulesEngine: each rule set is translated once (<see cref="Prepare"/>) and kept beside the
/// set for as long as the set lives; an evaluation runs the version's RulesEngine workflow and reads the pairs back.
/// </summary>
internal sealed class RulesEngineBackend : EvaluationBackend
{
    public static RulesEngineBackend Instance { get; } = new();

    private readonly ConditionalWeakTable<RuleSet, PreparedRuleSet> _prepared = new();

    public override string Name => "rulesengine";

    public override IReadOnlyList<Diagnostic> Prepare(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Get(ruleSet).Diagnostics;
    }

    public override void Evaluate(RuleSet ruleSet, Rules.Workflow workflow, DateOnly asOf, object? input, Span<RuleOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(workflow);
        Get(ruleSet).Evaluate(workflow, asOf, input, outcomes);
    }

    /// <summary>The prepared form of <paramref name="ruleSet"/>, made once (a set swapped in without <see cref="Prepare"/> is prepared here).</summary>
    internal PreparedRuleSet Get(RuleSet ruleSet) => _prepared.GetValue(ruleSet, set => PreparedRuleSet.Create(set));
}
