namespace Douyin.Eligibility.Tool.Tests.Support;

/// <summary>Finds files in the repository (the shipped rules and their tests).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

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
