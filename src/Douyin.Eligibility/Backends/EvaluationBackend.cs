using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility;

/// <summary>
/// The engine that computes the outcome of each rule for the typed API. The built-in engine
/// (<see cref="BuiltIn"/>) is the default; the <c>Douyin.Eligibility.RulesEngine</c> package adds Microsoft RulesEngine
/// (<c>options.UseMicrosoftRulesEngine()</c>). Whichever computes the outcomes, version selection, validation, reason
/// codes and messages stay the library's.
/// </summary>
public abstract class EvaluationBackend
{
    /// <summary>The built-in engine: typed at load, three-valued, compiled once, and the only one that explains.</summary>
    public static EvaluationBackend BuiltIn { get; } = new BuiltInBackend();

    /// <summary>A short name for logs and output, e.g. <c>built-in</c> or <c>rulesengine</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Whether reasons can carry the trace of a rule: observed values, thresholds, the deciding condition and gaps.
    /// Only the built-in engine does; with another backend, reasons carry codes, outcomes and messages.
    /// </summary>
    public virtual bool CanExplain => false;

    /// <summary>
    /// Readies a loaded rule set for this backend, once, before the set is used (at load and on every reload).
    /// Returns what this backend cannot run, as load diagnostics located at the rule: an error rejects the set, and on
    /// a reload the last good set stays. Must not throw for a problem in the rules. An evaluator that loads its own rules
    /// calls it for each new set before using it; one over a caller's <see cref="RuleSetHolder"/> never does, so
    /// <see cref="Evaluate"/> must also ready a set it has not seen (once, on first use).
    /// </summary>
    /// <param name="ruleSet">The set just loaded.</param>
    public virtual IReadOnlyList<Diagnostic> Prepare(RuleSet ruleSet) => [];

    /// <summary>
    /// Writes the outcome of each of <paramref name="workflow"/>'s <see cref="Workflow.Rules"/> into
    /// <paramref name="outcomes"/> (at least that long), in rule order.
    /// </summary>
    /// <param name="ruleSet">The set <paramref name="workflow"/> belongs to (prepared with <see cref="Prepare"/>).</param>
    /// <param name="workflow">The version to run.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="input">The workflow's one input.</param>
    /// <param name="outcomes">Where the outcomes go.</param>
    public abstract void Evaluate(RuleSet ruleSet, Workflow workflow, DateOnly asOf, object? input, Span<RuleOutcome> outcomes);

    /// <inheritdoc />
    public override string ToString() => Name;
}
