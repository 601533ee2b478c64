using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// Which files of a rules folder are rule files: every <c>*.json</c>, in any subfolder, except rule test cases
/// (<c>*.tests.json</c>) and anything inside a folder named <c>schema</c> (the JSON schemas), at any depth. Names
/// match ignoring case. <see cref="RuleSource.FromDirectory"/>, <see cref="RuleSource.ReadDirectory"/> and
/// <see cref="RuleSource.FromEmbeddedResources"/> select with it; a host that lists files itself (from a store, an
/// archive, its own watcher) can too.
/// </summary>
public static class RuleFileFilter
{
    private const string Extension = ".json";
    private const string TestsSuffix = ".tests.json";
    private const string SchemaFolder = "schema";

    /// <summary>True when <paramref name="relativePath"/>, relative to the rules folder, names a rule file.</summary>
    /// <param name="relativePath">E.g. <c>alliance/admission.json</c>; <c>/</c> and <c>\</c> both separate folders.</param>
    /// <returns>False for <c>tests/admission.tests.json</c>, <c>schema/workflow.schema.json</c> and <c>README.md</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relativePath"/> is null.</exception>
    public static bool IsRuleFile(string relativePath)
    {
        var parts = Guard.NotNull(relativePath).Split('/', '\\');
        return IsRuleFile(parts[^1], parts[..^1]);
    }

    /// <summary>True for a file named <paramref name="fileName"/> inside <paramref name="folders"/> (outermost first).</summary>
    internal static bool IsRuleFile(string fileName, IEnumerable<string> folders)
        => fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)
            && !fileName.EndsWith(TestsSuffix, StringComparison.OrdinalIgnoreCase)
            && !folders.Contains(SchemaFolder, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The rule files under <paramref name="directory"/>, recursively, as paths joined to it, in ordinal order of their
    /// relative paths (so loads are deterministic across machines). Listed in full before returning.
    /// </summary>
    /// <exception cref="IOException">The directory does not exist or cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder cannot be listed.</exception>
    internal static IReadOnlyList<string> Find(string directory)
        => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file))
            .Where(IsRuleFile)
            .Order(StringComparer.Ordinal)
            .Select(relative => Path.Combine(directory, relative))
            .ToList();
}
