namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>Where the committed export lives, and how to write it again.</summary>
internal static class ExportPaths
{
    /// <summary>The repository root (the directory of Douyin.Eligibility.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The export the interop sample compiles and loads.</summary>
    public static string Committed { get; } = Path.Combine(Root, "samples", "RulesEngineInterop", "Exported");

    /// <summary>The command that writes <see cref="Committed"/> from the shipped rules.</summary>
    public const string Regenerate = "dotnet run --project src/Douyin.Eligibility.Tool -- export --to rulesengine rules --output samples/RulesEngineInterop/Exported";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Douyin.Eligibility.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Douyin.Eligibility.sln not found above " + AppContext.BaseDirectory);
    }
}
