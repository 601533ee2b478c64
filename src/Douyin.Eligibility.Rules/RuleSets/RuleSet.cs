using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Rules.RuleSets;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// A compiled, immutable set of workflows loaded from rule files, identified by the content hash of those files.
/// Thread-safe; swap whole sets with <see cref="RuleSetHolder"/>.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, Workflow[]> _versions;

    internal RuleSet(IEnumerable<Workflow> workflows, string contentHash, IReadOnlyList<string> files, IReadOnlyList<Diagnostic> warnings)
    {
        _versions = workflows
            .GroupBy(w => w.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => LoadOrder.ByStart(g, w => w.EffectiveFrom).ToArray(), StringComparer.OrdinalIgnoreCase);
        ContentHash = contentHash;
        Files = files;
        Warnings = warnings;
    }

    /// <summary>SHA-256 (lower-case hex) over the files' paths and contents, in path order: the identity of this rule set for audit and replay.</summary>
    public string ContentHash { get; }

    /// <summary>The files the set was built from.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Warnings found while loading (errors prevent a rule set from being built).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>The workflow names.</summary>
    public IEnumerable<string> WorkflowNames => _versions.Keys;

    /// <summary>Every workflow version.</summary>
    public IEnumerable<Workflow> Workflows => _versions.Values.SelectMany(v => v);

    /// <summary>Loads and compiles rule files, reporting every problem; see <see cref="RuleSetLoadResult"/>.</summary>
    public static RuleSetLoadResult Load(IEnumerable<RuleSource> sources, RuleSetOptions options)
        => RuleSetLoader.Load(Guard.NotNull(sources), Guard.NotNull(options));

    /// <summary>The versions of a workflow, oldest first (empty when there is no such workflow).</summary>
    public IReadOnlyList<Workflow> GetVersions(string name) => _versions.TryGetValue(name, out var versions) ? versions : [];

    /// <summary>Finds the version of <paramref name="name"/> in force on <paramref name="asOf"/>.</summary>
    public bool TryGetWorkflow(string name, DateOnly asOf, out Workflow workflow)
    {
        workflow = GetVersions(name).FirstOrDefault(w => w.IsInForce(asOf))!;
        return workflow is not null;
    }

    /// <summary>The version of <paramref name="name"/> in force on <paramref name="asOf"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such workflow, or no version in force on that date.</exception>
    public Workflow GetWorkflow(string name, DateOnly asOf)
    {
        if (TryGetWorkflow(name, asOf, out var workflow))
        {
            return workflow;
        }

        var versions = GetVersions(name);
        throw new KeyNotFoundException(versions.Count == 0
            ? $"The rule set has no workflow '{name}'. It has: {string.Join(", ", WorkflowNames)}."
            : $"No version of workflow '{name}' is in force on {asOf:yyyy-MM-dd}; versions cover {string.Join(", ", versions.Select(Period))}.");
    }

    /// <summary>The version of <paramref name="name"/> whose <c>Version</c> label is <paramref name="version"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such workflow version.</exception>
    public Workflow GetWorkflowVersion(string name, string version)
        => GetVersions(name).FirstOrDefault(w => string.Equals(w.Version, version, StringComparison.OrdinalIgnoreCase))
           ?? throw new KeyNotFoundException($"Workflow '{name}' has no version '{version}'; it has {string.Join(", ", GetVersions(name).Select(w => w.Version ?? "(unlabelled)"))}.");

    private static string Period(Workflow w) => $"{w.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "…"} to {w.EffectiveTo?.ToString("yyyy-MM-dd") ?? "…"}";
}
