namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>Paths in the repository the modes read: its root, the sample data and the Release build of the tool.</summary>
public static class Repository
{
    /// <summary>The directory holding Douyin.Eligibility.sln (searched upwards from the program, then the current directory).</summary>
    public static string Root { get; } = Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();

    /// <summary>The one-merchant example snapshot.</summary>
    public static string ExampleMerchant => Path.Combine(Root, "samples", "data", "examples", "merchant.json");

    /// <summary>
    /// The tool's executable: <c>--tool &lt;path&gt;</c> when given, else the Release build
    /// (<c>dotnet build -c Release src/Douyin.Eligibility.Tool</c>; assembly name douyin-eligibility).
    /// </summary>
    public static string Tool(ref string[] args)
    {
        var index = Array.IndexOf(args, "--tool");
        if (index >= 0 && index + 1 < args.Length)
        {
            var path = args[index + 1];
            args = [.. args[..index], .. args[(index + 2)..]];
            return Path.GetFullPath(path);
        }

        var built = Path.Combine(Root, "src", "Douyin.Eligibility.Tool", "bin", "Release", "net10.0", "douyin-eligibility");
        if (!File.Exists(built))
        {
            throw new FileNotFoundException($"Build the tool first: dotnet build -c Release src/Douyin.Eligibility.Tool (looked for {built}), or pass --tool <path>.");
        }

        return built;
    }

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Douyin.Eligibility.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
