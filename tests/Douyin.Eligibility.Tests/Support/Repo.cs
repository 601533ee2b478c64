namespace Douyin.Eligibility.Tests.Support;

/// <summary>Finds files in the repository, so tests read the real samples and docs rather than copies.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

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
