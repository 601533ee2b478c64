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
            if (source.Content.Length > options.Limits.MaxFileLength)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(source.Path, 0, 0), source.Content.Length, options.Limits.MaxFileLength);
                continue;
            }

            definitions.AddRange(WorkflowFileReader.Read(source.Path, source.Content, diagnostics));
        }

        if (ordered.Count == 0 || (definitions.Count == 0 && !diagnostics.HasErrors))
        {
            diagnostics.Error(DiagnosticCodes.NoWorkflows, new SourceLocation(ordered.FirstOrDefault()?.Path ?? "<rules>", 0, 0));
        }

        definitions = VersionComposer.Compose(definitions, diagnostics);
        var byName = definitions
            .GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var versions in byName.Values)
        {
            CheckVersions(versions, diagnostics);
        }

        var compiler = new WorkflowCompiler(options, diagnostics, byName);
        var workflows = definitions.Select(compiler.Compile).ToList();
        // Reported as a compiler does: by file, then line, then column, whichever stage found them.
        // An inherited rule is checked in each version that has it: one mistake in it is reported once.
        var sorted = diagnostics.Items.Count == 0
            ? []
            : diagnostics.Items
                .Distinct()
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ToArray();
        if (diagnostics.HasErrors)
        {
            return new RuleSetLoadResult(null, sorted);
        }

        var ruleSet = new RuleSet(workflows!, Hash(ordered), ordered.Select(s => s.Path).ToArray(), sorted);
        return new RuleSetLoadResult(ruleSet, sorted);
    }

    /// <summary>Versions of one workflow must not overlap in time, so exactly one is in force on any date.</summary>
    private static void CheckVersions(List<WorkflowDefinition> versions, DiagnosticBag diagnostics)
    {
        var sorted = LoadOrder.ByStart(versions.Where(v => v.Enabled), v => v.EffectiveFrom);
        for (var i = 1; i < sorted.Count; i++)
        {
            var (earlier, later) = (sorted[i - 1], sorted[i]);
            if ((earlier.EffectiveTo ?? DateOnly.MaxValue) >= (later.EffectiveFrom ?? DateOnly.MinValue))
            {
                diagnostics.Error(DiagnosticCodes.OverlappingVersions, later.Location, later.Name, earlier.Location, Period(earlier), Period(later));
            }
        }
    }

    private static LocalizableText Period(WorkflowDefinition d) => Messages.Get("Period", d.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "…", d.EffectiveTo?.ToString("yyyy-MM-dd") ?? "…");

    /// <summary>
    /// Hashes each file's path relative to the rules folder, and its content, with line endings normalized: the same
    /// rules give the same hash whether embedded, deployed to any folder, or checked out on Windows.
    /// </summary>
    private static string Hash(IReadOnlyList<RuleSource> sources)
    {
        var names = RelativeNames(sources.Select(s => s.Path).ToList());
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var index in LoadOrder.Ordinal(names))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(names[index] + "\0"));
            sha.AppendData(Encoding.UTF8.GetBytes(sources[index].Content.Replace("\r\n", "\n") + "\0"));
        }

        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>Paths with <c>/</c> separators, without the <c>embedded:</c> label and the folder they all share.</summary>
    internal static List<string> RelativeNames(List<string> paths)
    {
        var names = paths.Select(p => p.Replace('\\', '/')).Select(p => p.StartsWith("embedded:", StringComparison.Ordinal) ? p["embedded:".Length..] : p).ToList();
        var common = names.Count == 0 ? string.Empty : names.Aggregate((a, b) => a[..CommonLength(a, b)]);
        var cut = common.LastIndexOf('/') + 1;
        return names.Select(n => n[cut..]).ToList();
    }

    private static int CommonLength(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
