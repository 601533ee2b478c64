using System.Reflection;
using System.Text;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// The text of one rule file and the path (or label) that diagnostics print for it. Files named
/// <c>*.tests.json</c> (rule test cases) and anything under a <c>schema</c> folder are not rule files
/// and are skipped by <see cref="FromDirectory"/> and <see cref="FromEmbeddedResources"/>.
/// </summary>
public sealed class RuleSource
{
    private const string Extension = ".json";
    private const string TestsSuffix = ".tests.json";
    private const string SchemaFolder = "schema";

    private RuleSource(string path, string content)
    {
        Path = path;
        Content = content;
    }

    /// <summary>The file path, or a label such as <c>embedded:alliance/admission.json</c>, as shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The JSON text of the rule file.</summary>
    public string Content { get; }

    /// <summary>A rule file given as text, e.g. from a database or a test.</summary>
    /// <param name="path">The path or label diagnostics print for this text.</param>
    /// <param name="content">The JSON text.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static RuleSource FromText(string path, string content)
        => new(Guard.NotNullOrEmpty(path), Guard.NotNull(content));

    /// <summary>Reads a rule file (UTF-8, with or without a byte order mark).</summary>
    /// <param name="filePath">The file to read; it also becomes <see cref="Path"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="filePath"/> is null or empty.</exception>
    /// <exception cref="IOException">The file does not exist or cannot be read (access denied included).</exception>
    public static RuleSource FromFile(string filePath)
    {
        Guard.NotNullOrEmpty(filePath);
        try
        {
            return new RuleSource(filePath, File.ReadAllText(filePath, Encoding.UTF8));
        }
        catch (UnauthorizedAccessException exception)
        {
            // One exception type for "cannot read", so loaders need to catch only IOException.
            throw new IOException($"Cannot read rule file '{filePath}': {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Reads every <c>*.json</c> rule file under <paramref name="directory"/>, recursively, in ordinal
    /// order of their relative paths so loads are deterministic across machines.
    /// </summary>
    /// <param name="directory">The folder to search; each <see cref="Path"/> is this joined with the relative path.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="IOException">The directory does not exist, or a file cannot be read.</exception>
    public static IReadOnlyList<RuleSource> FromDirectory(string directory)
    {
        Guard.NotNullOrEmpty(directory);
        return Directory.EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(directory, file))
            .Where(relative =>
            {
                var parts = relative.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
                return IsRuleFile(parts[^1], parts[..^1]);
            })
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => FromFile(System.IO.Path.Combine(directory, relative)))
            .ToList();
    }

    /// <summary>
    /// Reads the rule files embedded in <paramref name="assembly"/> whose resource names start with
    /// <paramref name="resourcePrefix"/> and end with <c>.json</c>, in ordinal order of their names.
    /// </summary>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="resourcePrefix">E.g. <c>MyApp.Rules.</c>; the rest of the name becomes the label <c>embedded:&lt;rest&gt;</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> or <paramref name="resourcePrefix"/> is null.</exception>
    public static IReadOnlyList<RuleSource> FromEmbeddedResources(Assembly assembly, string resourcePrefix)
    {
        Guard.NotNull(assembly);
        Guard.NotNull(resourcePrefix);
        var sources = new List<RuleSource>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(resourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = name[resourcePrefix.Length..].TrimStart('.', '/', '\\');

            // Resource names use '.' (or '/' with a LogicalName) between folders; the last two parts are the file name and "json".
            var parts = rest.Split('.', '/', '\\');
            if (!IsRuleFile(rest, parts.Length > 2 ? parts[..^2] : []))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name);
            if (stream is not null)
            {
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                sources.Add(new RuleSource($"embedded:{rest}", reader.ReadToEnd()));
            }
        }

        return sources;
    }

    /// <summary>True for a <c>.json</c> file that is no test-case file and not inside a schema folder.</summary>
    private static bool IsRuleFile(string fileName, string[] folders)
        => fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)
            && !fileName.EndsWith(TestsSuffix, StringComparison.OrdinalIgnoreCase)
            && !folders.Contains(SchemaFolder, StringComparer.OrdinalIgnoreCase);
}
