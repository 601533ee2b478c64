using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>Loads the real <c>rules/</c> directory once, and small helpers to evaluate its workflows.</summary>
internal static class ShippedRules
{
    public static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static readonly Lazy<RuleSetLoadResult> Loaded = new(Load);

    public static string RulesDirectory => Repo.PathOf("rules");

    public static RuleSetLoadResult LoadResult => Loaded.Value;

    /// <summary>The workflow files of <c>rules/</c>, selected as RuleSource.FromDirectory does (<see cref="RuleFileFilter"/>).</summary>
    public static IEnumerable<string> WorkflowFilePaths() => Directory.EnumerateFiles(RulesDirectory, "*", SearchOption.AllDirectories)
        .Where(path => RuleFileFilter.IsRuleFile(Path.GetRelativePath(RulesDirectory, path)));

    public static RuleSet Set => Loaded.Value.RuleSet
        ?? throw new InvalidOperationException("rules/ did not load: " + string.Join(Environment.NewLine, Loaded.Value.Diagnostics));

    public static RuleSetOptions Options() => new RuleSetOptions()
        .AddInputType<MerchantSnapshot>()
        .AddInputType<ProductSnapshot>()
        .AddInputType<BrandProviderSnapshot>()
        .AddInputType<StoreOperationProviderSnapshot>();

    public static RuleSetLoadResult Load() => RuleSet.Load(RuleSource.FromDirectory(RulesDirectory), Options());

    /// <summary>Evaluates the version of <paramref name="workflow"/> in force on <paramref name="asOf"/>.</summary>
    public static WorkflowResult Evaluate(string workflow, DateOnly asOf, object input)
        => Set.GetWorkflow(workflow, asOf).Evaluate(asOf, input);

    /// <summary>Evaluates with explanations (trace and gaps).</summary>
    public static WorkflowResult Explain(string workflow, DateOnly asOf, object input)
        => Set.GetWorkflow(workflow, asOf).Explain(asOf, input);

    public static RuleResult Rule(this WorkflowResult result, string name)
        => result.Results.Single(r => r.Name == name);

    public static RuleOutcome Outcome(this WorkflowResult result, string name) => result.Rule(name).Outcome;

    /// <summary>Names of the top-level rules that did not pass.</summary>
    public static IEnumerable<string> NotPassed(this WorkflowResult result)
        => result.Results.Where(r => r.Outcome != RuleOutcome.Passed).Select(r => r.Name);
}
