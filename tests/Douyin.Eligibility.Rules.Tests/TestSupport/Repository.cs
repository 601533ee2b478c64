namespace Douyin.Eligibility.Rules.Tests.TestSupport;

/// <summary>Files of the repository the tests run in (found by walking up to the solution file).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string ReadAllText(params string[] relativePath) => File.ReadAllText(Path.Combine([Root, .. relativePath]));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Douyin.Eligibility.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root was not found above the test output folder.");
    }
}
