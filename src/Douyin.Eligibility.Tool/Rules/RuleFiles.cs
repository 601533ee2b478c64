using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Rules;

/// <summary>Finds and loads rule files as the tool's commands need them.</summary>
internal static class RuleFiles
{
    public const string Unreadable = "DE1016";

    /// <summary>The options every command loads with: the library's registration of the snapshot input types.</summary>
    public static RuleSetOptions Options() => EligibilityEvaluator.CreateRuleSetOptions();

    /// <summary>Loads a rule file or every rule file under a directory; an unreadable file or a missing path is a DE1016 diagnostic.</summary>
    public static RuleSetLoadResult Load(string path, out IReadOnlyList<Diagnostic> readErrors)
    {
        var errors = new List<Diagnostic>();
        var sources = new List<RuleSource>();
        if (Directory.Exists(path))
        {
            foreach (var file in EnumerateRuleFiles(path))
            {
                TryRead(file, sources, errors);
            }
        }
        else
        {
            TryRead(path, sources, errors);
        }

        readErrors = errors;

        // The typed API's own checks too (DE5001): every command evaluates with it, so what lints clean loads there.
        return EligibilityEvaluator.LoadRuleSet(sources);
    }

    /// <summary>The read errors and the load's diagnostics; "no workflows found" is left out when it only repeats that nothing could be read.</summary>
    public static IReadOnlyList<Diagnostic> AllDiagnostics(RuleSetLoadResult result, IReadOnlyList<Diagnostic> readErrors)
        => readErrors.Concat(result.Diagnostics.Where(d => readErrors.Count == 0 || d.Code != "DE4003")).ToList();

    /// <summary>Loads rules for evaluation: prints every diagnostic to stderr (in the culture's language) and fails (exit 1) on errors.</summary>
    public static RuleSet LoadOrFail(string path, ToolContext context, CultureInfo culture)
    {
        var result = Load(path, out var readErrors);
        var diagnostics = AllDiagnostics(result, readErrors);
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString(culture));
        }

        if (readErrors.Count > 0 || result.RuleSet is null)
        {
            throw new ToolException($"The rules in '{path}' have {diagnostics.Count(d => d.IsError)} error(s).");
        }

        return result.RuleSet;
    }

    private static IEnumerable<string> EnumerateRuleFiles(string directory)
    {
        // The same selection as RuleSource.FromDirectory (no *.tests.json, nothing under schema/), but file by file,
        // so one unreadable file is reported rather than failing the whole directory.
        return Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Where(file =>
            {
                var relative = Path.GetRelativePath(directory, file);
                var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                return !parts[^1].EndsWith(".tests.json", StringComparison.OrdinalIgnoreCase)
                    && !parts[..^1].Contains("schema", StringComparer.OrdinalIgnoreCase);
            })
            .Order(StringComparer.Ordinal);
    }

    private static void TryRead(string file, List<RuleSource> sources, List<Diagnostic> errors)
    {
        try
        {
            sources.Add(RuleSource.FromFile(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var missing = e is FileNotFoundException or DirectoryNotFoundException;
            var message = missing ? $"The rule file '{file}' does not exist." : $"The rule file '{file}' cannot be read: {e.Message}";
            var messageZh = missing ? $"规则文件 '{file}' 不存在。" : $"无法读取规则文件 '{file}'：{e.Message}";
            errors.Add(new Diagnostic(Unreadable, DiagnosticSeverity.Error, new SourceLocation(file, 0, 0), message) { MessageZh = messageZh });
        }
    }
}
