using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Testing.Conformance;

namespace Douyin.Eligibility.RulesEngine.Tests.Support;

/// <summary>The embedded default rule set, loaded as the library loads it, and its RulesEngine translation, made once per test run.</summary>
internal static class ShippedRules
{
    private static readonly Lazy<RuleSet> LazySet = new(() =>
    {
        using var evaluator = EligibilityEvaluator.CreateDefault();
        return evaluator.CurrentRuleSet;
    });

    private static readonly Lazy<BackendComparison> LazyComparison = new(() => new BackendComparison(Set));

    /// <summary>The shipped rules.</summary>
    public static RuleSet Set => LazySet.Value;

    /// <summary>The shipped rules translated, with the RulesEngine that runs them.</summary>
    public static BackendComparison Comparison => LazyComparison.Value;

    /// <summary>The copy of <c>samples/data</c> in the test output.</summary>
    public static string SampleDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "SampleData");

    /// <summary>The copy of <c>rules/tests</c> in the test output.</summary>
    public static string RuleTestDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "RuleTests");

    /// <summary>The seven family workflow names, for theories.</summary>
    public static TheoryData<string> Families() => [.. ConformanceFamily.All.Select(f => f.WorkflowName)];

    /// <summary>The family named <paramref name="workflowName"/>.</summary>
    public static ConformanceFamily Family(string workflowName) => ConformanceFamily.All.Single(f => f.WorkflowName == workflowName);
}
