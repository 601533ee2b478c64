using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// The text of one rule file and the path (or label) that diagnostics print for it. The folder readers select rule
/// files with <see cref="RuleFileFilter"/>: <c>*.tests.json</c> (rule test cases) and anything under a <c>schema</c>
/// folder are skipped. <see cref="FromFile"/> and <see cref="FromDirectory"/> throw when a file cannot be read;
/// <see cref="TryReadFile"/> and <see cref="ReadDirectory"/> report it as a
/// <see cref="DiagnosticCodes.FileUnreadable"/> diagnostic instead, for hosts that read files themselves and want
/// every problem in one list (see <see cref="RuleSetLoadResult.WithDiagnostics"/>).
/// </summary>
public sealed class RuleSource
{
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
            return Read(filePath);
        }
        catch (UnauthorizedAccessException exception)
        {
            // One exception type for "cannot read", so loaders need to catch only IOException.
            throw new IOException($"Cannot read rule file '{filePath}': {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Reads a rule file like <see cref="FromFile"/>, without throwing when it cannot be read: then
    /// <paramref name="diagnostic"/> is a <see cref="DiagnosticCodes.FileUnreadable"/> error at the file saying that it
    /// does not exist, or why it cannot be read.
    /// </summary>
    /// <param name="filePath">The file to read; it also becomes <see cref="Path"/>, and the diagnostic's location.</param>
    /// <param name="source">The file's text, when it was read.</param>
    /// <param name="diagnostic">The error, when it was not.</param>
    /// <returns>True when the file was read.</returns>
    /// <exception cref="ArgumentException"><paramref name="filePath"/> is null or empty.</exception>
    public static bool TryReadFile(string filePath, [NotNullWhen(true)] out RuleSource? source, [NotNullWhen(false)] out Diagnostic? diagnostic)
    {
        Guard.NotNullOrEmpty(filePath);
        try
        {
            source = Read(filePath);
            diagnostic = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var text = e is FileNotFoundException or DirectoryNotFoundException
                ? Messages.Get(Messages.Key(DiagnosticCodes.FileUnreadable, "Missing"), filePath)
                : Messages.Get(DiagnosticCodes.FileUnreadable, filePath, e.Message);
            source = null;
            diagnostic = new Diagnostic(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceLocation(filePath, 0, 0), text);
            return false;
        }
    }

    /// <summary>
    /// Reads every rule file under <paramref name="directory"/> (<see cref="RuleFileFilter"/>), recursively, in ordinal
    /// order of their relative paths so loads are deterministic across machines.
    /// </summary>
    /// <param name="directory">The folder to search; each <see cref="Path"/> is this joined with the relative path.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="IOException">The directory does not exist, or a file cannot be read.</exception>
    public static IReadOnlyList<RuleSource> FromDirectory(string directory)
        => RuleFileFilter.Find(Guard.NotNullOrEmpty(directory)).Select(FromFile).ToList();

    /// <summary>
    /// Reads every rule file under <paramref name="directory"/> like <see cref="FromDirectory"/>, file by file and
    /// without throwing for I/O: each file that cannot be read is one <see cref="DiagnosticCodes.FileUnreadable"/> error
    /// in <paramref name="diagnostics"/> (see <see cref="TryReadFile"/>) and the others are still read; a directory that
    /// does not exist or cannot be listed is one such error at the directory, and nothing is read.
    /// </summary>
    /// <param name="directory">The folder to search; each <see cref="Path"/> is this joined with the relative path.</param>
    /// <param name="diagnostics">One error per file (or directory) that could not be read; empty when all were read.</param>
    /// <returns>The files that were read, in ordinal order of their relative paths.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    public static IReadOnlyList<RuleSource> ReadDirectory(string directory, out IReadOnlyList<Diagnostic> diagnostics)
    {
        Guard.NotNullOrEmpty(directory);
        IReadOnlyList<string> files;
        try
        {
            files = RuleFileFilter.Find(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var text = Messages.Get(Messages.Key(DiagnosticCodes.FileUnreadable, "Directory"), e.Message);
            diagnostics = [new Diagnostic(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceLocation(directory, 0, 0), text)];
            return [];
        }

        var sources = new List<RuleSource>(files.Count);
        var errors = new List<Diagnostic>();
        foreach (var file in files)
        {
            if (TryReadFile(file, out var source, out var diagnostic))
            {
                sources.Add(source);
            }
            else
            {
                errors.Add(diagnostic);
            }
        }

        diagnostics = errors;
        return sources;
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
            if (!RuleFileFilter.IsRuleFile(rest, parts.Length > 2 ? parts[..^2] : []))
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

    private static RuleSource Read(string filePath) => new(filePath, File.ReadAllText(filePath, Encoding.UTF8));
}
