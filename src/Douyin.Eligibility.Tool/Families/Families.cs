using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>The shipped workflows, the snapshot type each one reads, and the typed API call that decides it (docs/rule-conventions.md).</summary>
internal static class WorkflowFamilies
{
    private static readonly IFamily[] All =
    [
        Merchant(EligibilityWorkflows.AllianceAdmission, (e, m, s) => TypedDecision.From(e.EvaluateAllianceAdmission(m, s))),
        Merchant(EligibilityWorkflows.AllianceClearance, (e, m, s) => TypedDecision.From(e.EvaluateAllianceClearance(m, s))),
        new Family<MerchantSnapshot>(
            EligibilityWorkflows.AllianceProductClearance,
            SnapshotValidator.Validate,
            (s, asOf) => s with { AsOf = asOf },
            s => s.Products.Select(p => new SnapshotSubject($"{s.Id}/{p.Id}", s.AsOf, p)),
            (e, subject, s) => TypedDecision.From(e.EvaluateProductClearance((ProductSnapshot)subject.Input, subject.AsOf, s))),
        new Family<BrandProviderSnapshot>(
            EligibilityWorkflows.BrandProviderRenewal,
            SnapshotValidator.Validate,
            (s, asOf) => s with { AsOf = asOf },
            s => [new SnapshotSubject(s.Id, s.AsOf, s)],
            (e, subject, s) => TypedDecision.From(e.EvaluateBrandRenewal((BrandProviderSnapshot)subject.Input, s))),
        StoreOperation(EligibilityWorkflows.StoreOperationAdmission, (e, p, s) => TypedDecision.From(e.EvaluateStoreOperationAdmission(p, s))),
        StoreOperation(EligibilityWorkflows.StoreOperationPenalty, (e, p, s) => TypedDecision.From(e.EvaluateStoreOperationPenalty(p, s))),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.WorkflowName).ToArray();

    public static IFamily Get(string workflowName)
        => All.FirstOrDefault(f => string.Equals(f.WorkflowName, workflowName, StringComparison.OrdinalIgnoreCase))
           ?? throw new ToolException($"Unknown workflow '{workflowName}'. Known workflows: {string.Join(", ", Names)}.");

    private static Family<MerchantSnapshot> Merchant(string name, Func<EligibilityEvaluator, MerchantSnapshot, EvaluationSettings, TypedDecision> decide)
        => new(
            name,
            SnapshotValidator.Validate,
            (s, asOf) => s with { AsOf = asOf },
            s => [new SnapshotSubject(s.Id, s.AsOf, s)],
            (e, subject, settings) => decide(e, (MerchantSnapshot)subject.Input, settings));

    private static Family<StoreOperationProviderSnapshot> StoreOperation(string name, Func<EligibilityEvaluator, StoreOperationProviderSnapshot, EvaluationSettings, TypedDecision> decide)
        => new(
            name,
            SnapshotValidator.Validate,
            (s, asOf) => s with { AsOf = asOf },
            s => [new SnapshotSubject(s.Id, s.AsOf, s)],
            (e, subject, settings) => decide(e, (StoreOperationProviderSnapshot)subject.Input, settings));
}
