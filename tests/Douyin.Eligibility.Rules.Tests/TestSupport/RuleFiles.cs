namespace Douyin.Eligibility.Rules.Tests.TestSupport;

internal static class RuleFiles
{
    public static RuleSetOptions Options() => new RuleSetOptions().AddInputType<Store>().AddInputType<Owner>();

    public static RuleSetLoadResult Load(params (string Path, string Json)[] files)
        => RuleSet.Load(files.Select(f => RuleSource.FromText(f.Path, f.Json)), Options());

    public static RuleSet LoadOrFail(string json)
    {
        var result = Load(("rules.json", json));
        result.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        return result.RuleSet!;
    }

    public static string[] Errors(params (string Path, string Json)[] files)
        => Load(files).Diagnostics.Select(d => d.ToString()).ToArray();
}
