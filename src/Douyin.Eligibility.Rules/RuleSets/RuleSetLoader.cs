using System.Security.Cryptography;
using System.Text;
using Douyin.Eligibility.Rules.Workflows;

namespace Douyin.Eligibility.Rules.RuleSets;

/// <summary>Reads every file, checks versions across files, compiles every workflow; all problems are collected.</summary>
internal static class RuleSetLoader
{
    public static RuleSetLoadResult Load(IEnumerable<RuleSource> sources, RuleSetOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var ordered = sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        var definitions = new List<WorkflowDefinition>();
        foreach (var source in ordered)
        {
            definitions.AddRange(WorkflowFileReader.Read(source.Path, source.Content, diagnostics));
        }

        if (ordered.Count == 0 || (definitions.Count == 0 && !diagnostics.HasErrors))
        {
            diagnostics.Error(DiagnosticCodes.NoWorkflows, new SourceLocation(ordered.FirstOrDefault()?.Path ?? "<rules>", 0, 0), "No workflows were found in the rule files.");
        }

        var byName = definitions
            .GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var versions in byName.Values)
        {
            CheckVersions(versions, diagnostics);
        }

        var compiler = new WorkflowCompiler(options, diagnostics, byName);
        var workflows = definitions.Select(compiler.Compile).ToList();
        if (diagnostics.HasErrors)
        {
            return new RuleSetLoadResult(null, diagnostics.Items);
        }

        var ruleSet = new RuleSet(workflows!, Hash(ordered), ordered.Select(s => s.Path).ToArray(), diagnostics.Items);
        return new RuleSetLoadResult(ruleSet, diagnostics.Items);
    }

    /// <summary>Versions of one workflow must not overlap in time, so exactly one is in force on any date.</summary>
    private static void CheckVersions(List<WorkflowDefinition> versions, DiagnosticBag diagnostics)
    {
        var sorted = versions.Where(v => v.Enabled).OrderBy(v => v.EffectiveFrom ?? DateOnly.MinValue).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (earlier, later) = (sorted[i - 1], sorted[i]);
            if ((earlier.EffectiveTo ?? DateOnly.MaxValue) >= (later.EffectiveFrom ?? DateOnly.MinValue))
            {
                diagnostics.Error(DiagnosticCodes.OverlappingVersions, later.Location, $"Workflow '{later.Name}' is defined again here for a period that overlaps the version at {earlier.Location} ({Period(earlier)} and {Period(later)}); give each version an EffectiveFrom/EffectiveTo that do not overlap.");
            }
        }
    }

    private static string Period(WorkflowDefinition d) => $"{d.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "…"} to {d.EffectiveTo?.ToString("yyyy-MM-dd") ?? "…"}";

    /// <summary>Hashes paths and contents with line endings normalized, so a checkout on Windows hashes the same.</summary>
    private static string Hash(IEnumerable<RuleSource> sources)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(source.Path.Replace('\\', '/') + "\0"));
            sha.AppendData(Encoding.UTF8.GetBytes(source.Content.Replace("\r\n", "\n") + "\0"));
        }

        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }
}
