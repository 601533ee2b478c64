using Douyin.Eligibility.Families;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Testing.Conformance;

/// <summary>
/// One of the seven built-in families as the conformance suite runs it: its workflow, its generated and sample cases,
/// and the typed call that decides a case, made on two evaluators and compared.
/// </summary>
public sealed class ConformanceFamily
{
    private readonly Func<int, SnapshotKind, AsOfDates, IEnumerable<ConformanceCase>> _generate;
    private readonly Func<string, string, IEnumerable<ConformanceCase>> _samples;
    private readonly Func<EligibilityEvaluator, EligibilityEvaluator, ConformanceCase, int, EvaluationSettings, IEnumerable<string?>> _decide;

    private ConformanceFamily(
        string workflowName,
        Func<int, SnapshotKind, AsOfDates, IEnumerable<ConformanceCase>> generate,
        Func<string, string, IEnumerable<ConformanceCase>> samples,
        Func<EligibilityEvaluator, EligibilityEvaluator, ConformanceCase, int, EvaluationSettings, IEnumerable<string?>> decide)
    {
        WorkflowName = workflowName;
        _generate = generate;
        _samples = samples;
        _decide = decide;
    }

    /// <summary>The seven families.</summary>
    public static IReadOnlyList<ConformanceFamily> All { get; } =
    [
        new(
            EligibilityFamilies.AllianceAdmission.WorkflowName,
            (n, kind, dates) => MerchantCases.Cases(n, kind, dates, MerchantCases.DefaultSeed),
            (data, tests) => SampleData.MerchantCases(data).Concat(RuleTests<MerchantSnapshot>(tests, EligibilityFamilies.AllianceAdmission.WorkflowName)),
            // Every fifth merchant also on the explicit 100-point version, which no date selects.
            (expected, actual, c, i, settings) => i % 5 == 0
                ? [Admission(expected, actual, (MerchantSnapshot)c.Input!, settings), Admission(expected, actual, (MerchantSnapshot)c.Input!, settings with { Version = "100-point" })]
                : [Admission(expected, actual, (MerchantSnapshot)c.Input!, settings)]),
        new(
            EligibilityFamilies.AllianceClearance.WorkflowName,
            (n, kind, dates) => MerchantCases.Cases(n, kind, dates, MerchantCases.DefaultSeed + 100),
            (data, tests) => SampleData.MerchantCases(data).Concat(RuleTests<MerchantSnapshot>(tests, EligibilityFamilies.AllianceClearance.WorkflowName)),
            (expected, actual, c, _, settings) => [DecisionComparison.Difference(expected.EvaluateAllianceClearance((MerchantSnapshot)c.Input!, settings), actual.EvaluateAllianceClearance((MerchantSnapshot)c.Input!, settings))]),
        new(
            EligibilityFamilies.AllianceProductClearance.WorkflowName,
            (n, kind, dates) => ProductCases.Cases(n, kind, dates),
            (data, tests) => SampleData.ProductCases(data).Concat(
                SampleData.RuleTests<MerchantSnapshot>(tests, EligibilityFamilies.AllianceProductClearance.WorkflowName)
                    .SelectMany(m => m.Products.Select(p => new ConformanceCase($"rule test {m.Id}/{p.Id}", m.AsOf, p)))),
            (expected, actual, c, _, settings) => [DecisionComparison.Difference(expected.EvaluateProductClearance((ProductSnapshot)c.Input!, c.AsOf, settings), actual.EvaluateProductClearance((ProductSnapshot)c.Input!, c.AsOf, settings))]),
        new(
            EligibilityFamilies.BrandProviderRenewal.WorkflowName,
            (n, kind, dates) => BrandProviderCases.Cases(n, kind, dates),
            (data, tests) => SampleData.BrandProviderCases(data).Concat(RuleTests<BrandProviderSnapshot>(tests, EligibilityFamilies.BrandProviderRenewal.WorkflowName)),
            (expected, actual, c, _, settings) => [DecisionComparison.Difference(expected.EvaluateBrandRenewal((BrandProviderSnapshot)c.Input!, settings), actual.EvaluateBrandRenewal((BrandProviderSnapshot)c.Input!, settings))]),
        new(
            EligibilityFamilies.BrandProviderAssessment.WorkflowName,
            (n, kind, dates) => BrandProviderCases.Cases(n, kind, dates),
            (data, tests) => SampleData.BrandProviderCases(data).Concat(RuleTests<BrandProviderSnapshot>(tests, EligibilityFamilies.BrandProviderAssessment.WorkflowName)),
            (expected, actual, c, _, settings) => [DecisionComparison.Difference(expected.EvaluateBrandAssessment((BrandProviderSnapshot)c.Input!, settings), actual.EvaluateBrandAssessment((BrandProviderSnapshot)c.Input!, settings))]),
        new(
            EligibilityFamilies.StoreOperationAdmission.WorkflowName,
            (n, kind, dates) => StoreOperationProviderCases.Cases(n, kind, dates, StoreOperationProviderCases.DefaultSeed),
            (data, tests) => SampleData.StoreOperationProviderCases(data).Concat(RuleTests<StoreOperationProviderSnapshot>(tests, EligibilityFamilies.StoreOperationAdmission.WorkflowName)),
            (expected, actual, c, _, settings) => [DecisionComparison.Difference(expected.EvaluateStoreOperationAdmission((StoreOperationProviderSnapshot)c.Input!, settings), actual.EvaluateStoreOperationAdmission((StoreOperationProviderSnapshot)c.Input!, settings))]),
        new(
            EligibilityFamilies.StoreOperationPenalty.WorkflowName,
            (n, kind, dates) => StoreOperationProviderCases.Cases(n, kind, dates, StoreOperationProviderCases.DefaultSeed + 100),
            (data, tests) => SampleData.StoreOperationProviderCases(data).Concat(RuleTests<StoreOperationProviderSnapshot>(tests, EligibilityFamilies.StoreOperationPenalty.WorkflowName)),
            (expected, actual, c, _, settings) => [DecisionComparison.Difference(expected.EvaluateStoreOperationPenalty((StoreOperationProviderSnapshot)c.Input!, settings), actual.EvaluateStoreOperationPenalty((StoreOperationProviderSnapshot)c.Input!, settings))]),
    ];

    /// <summary>The family's workflow name, e.g. <c>AllianceAdmission</c>.</summary>
    public string WorkflowName { get; }

    /// <summary><paramref name="count"/> generated cases (raw adds one missing input), with a fixed seed per family.</summary>
    public IEnumerable<ConformanceCase> Generate(int count, SnapshotKind kind, AsOfDates dates) => _generate(count, kind, dates);

    /// <summary>The family's cases from the sample files and from the rule tests.</summary>
    /// <param name="sampleDirectory"><c>samples/data</c>, or a copy.</param>
    /// <param name="ruleTestDirectory"><c>rules/tests</c>, or a copy.</param>
    public IEnumerable<ConformanceCase> Samples(string sampleDirectory, string ruleTestDirectory) => _samples(sampleDirectory, ruleTestDirectory);

    /// <summary>
    /// Decides case <paramref name="index"/> (a snapshot, not a missing input) on both evaluators and adds each comparison
    /// to <paramref name="report"/>: in the default culture with reasons explained, in English, or verdict only, by turns.
    /// </summary>
    public void Decide(EligibilityEvaluator expected, EligibilityEvaluator actual, ConformanceCase @case, int index, ConformanceReport report)
    {
        var settings = (index % 3) switch
        {
            0 => EvaluationSettings.Default,
            1 => EvaluationSettings.English,
            _ => new EvaluationSettings { Explain = false },
        };
        foreach (var difference in _decide(expected, actual, @case, index, settings))
        {
            report.Decided(difference);
        }
    }

    /// <inheritdoc />
    public override string ToString() => WorkflowName;

    private static IEnumerable<ConformanceCase> RuleTests<T>(string directory, string workflowName)
        where T : class, ISnapshot
        => SampleData.RuleTests<T>(directory, workflowName).Select(s => new ConformanceCase("rule test " + s.Id, s.AsOf, s));

    private static string? Admission(EligibilityEvaluator expected, EligibilityEvaluator actual, MerchantSnapshot merchant, EvaluationSettings settings)
        => DecisionComparison.Difference(expected.EvaluateAllianceAdmission(merchant, settings), actual.EvaluateAllianceAdmission(merchant, settings));
}
