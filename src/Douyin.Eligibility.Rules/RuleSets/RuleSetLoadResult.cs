namespace Douyin.Eligibility.Rules;

/// <summary>The outcome of loading rule files: a rule set, or the diagnostics that prevented it (never an exception).</summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(RuleSet? ruleSet, IReadOnlyList<Diagnostic> diagnostics)
    {
        RuleSet = ruleSet;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiled rule set; null when there were errors.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Every error and warning, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when a rule set was built.</summary>
    public bool Success => RuleSet is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The rule set, or an exception listing every error (opt-in throwing).</summary>
    /// <exception cref="RuleSetLoadException">The files had errors.</exception>
    public RuleSet GetRuleSetOrThrow() => RuleSet ?? throw new RuleSetLoadException(Diagnostics);
}
