using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// The outcome of loading rule files: a rule set, or the diagnostics that prevented it (never an exception).
/// <see cref="RuleSet.Load"/> makes one; a host that reads files or checks rule sets itself adds its own diagnostics
/// with <see cref="WithDiagnostics"/> (e.g. the files <see cref="RuleSource.ReadDirectory"/> could not read), or
/// reports a load that never got as far as <see cref="RuleSet.Load"/> with <see cref="Failed"/>.
/// </summary>
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
    public bool IsSuccess => RuleSet is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>A load that failed with <paramref name="diagnostics"/>: no rule set, the diagnostics in file order.</summary>
    /// <param name="diagnostics">What went wrong; at least one of them an error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">No diagnostic is an error (a load without errors builds a rule set).</exception>
    public static RuleSetLoadResult Failed(IEnumerable<Diagnostic> diagnostics)
    {
        var list = Checked(diagnostics);
        return list.Any(d => d.IsError)
            ? new RuleSetLoadResult(null, InFileOrder(list))
            : throw new ArgumentException("A failed load needs at least one error.", nameof(diagnostics));
    }

    /// <summary>
    /// This result with <paramref name="diagnostics"/> added, all of them in file order (by path, line and column; in
    /// their order when they share a place). An error among them fails the result: it has no rule set. Warnings leave
    /// a successful result successful (its <see cref="Rules.RuleSet.Warnings"/> are still the load's own).
    /// </summary>
    /// <param name="diagnostics">E.g. a host's own checks of the set, or the files it could not read.</param>
    /// <returns>This result when <paramref name="diagnostics"/> is empty; otherwise a new one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> or one of its items is null.</exception>
    public RuleSetLoadResult WithDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var added = Checked(diagnostics);
        if (added.Count == 0)
        {
            return this;
        }

        return new RuleSetLoadResult(added.Any(d => d.IsError) ? null : RuleSet, InFileOrder([.. Diagnostics, .. added]));
    }

    /// <summary>The rule set, or an exception listing every error (opt-in throwing).</summary>
    /// <exception cref="RuleSetLoadException">The files had errors.</exception>
    public RuleSet GetRuleSetOrThrow() => RuleSet ?? throw new RuleSetLoadException(Diagnostics);

    /// <summary>
    /// The load as a person reads it: <c>Loaded 7 workflows (12 versions), rule set 1a2b3c4d5e6f: 0 errors, 1 warning</c>
    /// or <c>Not loaded: 2 errors, 0 warnings</c>, then each diagnostic on a line of its own (<see cref="Diagnostic.ToString()"/>).
    /// </summary>
    public override string ToString()
    {
        var errors = Diagnostics.Count(d => d.IsError);
        var warnings = Diagnostics.Count - errors;
        var counts = $"{errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}";
        var head = RuleSet is { } set
            ? $"Loaded {set.WorkflowNames.Count()} workflows ({set.Workflows.Count()} versions), rule set {set.ContentHash[..Math.Min(12, set.ContentHash.Length)]}: {counts}"
            : $"Not loaded: {counts}";
        return string.Join(Environment.NewLine, Diagnostics.Select(d => d.ToString()).Prepend(head));
    }

    private static List<Diagnostic> Checked(IEnumerable<Diagnostic> diagnostics)
    {
        var list = Guard.NotNull(diagnostics).ToList();
        return list.Any(d => d is null) ? throw new ArgumentNullException(nameof(diagnostics), "A diagnostic is null.") : list;
    }

    // OrderBy is stable: diagnostics at one place keep their order.
    private static Diagnostic[] InFileOrder(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToArray();
}
