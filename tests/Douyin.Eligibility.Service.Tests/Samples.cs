namespace Douyin.Eligibility.Service.Tests;

/// <summary>Sample snapshots from the repository (samples/data).</summary>
internal static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Merchant => File.ReadAllText(Path.Combine(Root, "samples", "data", "examples", "merchant.json"));

    public static string BrandProvider => File.ReadAllText(Path.Combine(Root, "samples", "data", "examples", "brand-provider.json"));

    public static string StoreOperationProvider => File.ReadAllText(Path.Combine(Root, "samples", "data", "examples", "store-operation-provider.json"));

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
