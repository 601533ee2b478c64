namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>The rule files shipped under <c>rules/</c> (not the test cases or schemas): the seeds of the mutating categories.</summary>
public static class ShippedRuleFiles
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Files = new(Read);

    /// <summary>(path relative to <c>rules/</c> with '/' separators, text), in ordinal path order.</summary>
    public static IReadOnlyList<(string Path, string Text)> All => Files.Value;

    /// <summary>The repository's <c>rules</c> folder: <c>FUZZ_RULES_DIR</c> if set, else found by walking up to the solution file from the program's folder or the current one.</summary>
    public static string Directory
    {
        get
        {
            if (Environment.GetEnvironmentVariable("FUZZ_RULES_DIR") is { Length: > 0 } configured)
            {
                return configured;
            }

            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Douyin.Eligibility.sln")))
                    {
                        return Path.Combine(dir.FullName, "rules");
                    }
                }
            }

            throw new DirectoryNotFoundException("The rules folder was not found above the output folder or the current directory; set FUZZ_RULES_DIR.");
        }
    }

    private static IReadOnlyList<(string Path, string Text)> Read()
    {
        var root = Directory;
        var files = System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(RuleFileFilter.IsRuleFile)
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(root, f))))
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"No rule files under {root}.");
        }

        return files;
    }
}
