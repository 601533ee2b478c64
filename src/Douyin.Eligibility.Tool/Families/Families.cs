using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>The shipped workflows, the snapshot type each one reads, and the typed API call that decides it (docs/rule-conventions.md).</summary>
internal static class WorkflowFamilies
{
    private static readonly IFamily[] All =
    [
        Single<MerchantSnapshot>(EligibilityWorkflows.AllianceAdmission, SnapshotValidator.Validate, (s, asOf) => s with { AsOf = asOf }, (e, m, s) => TypedDecision.From(e.EvaluateAllianceAdmission(m, s))),
        Single<MerchantSnapshot>(EligibilityWorkflows.AllianceClearance, SnapshotValidator.Validate, (s, asOf) => s with { AsOf = asOf }, (e, m, s) => TypedDecision.From(e.EvaluateAllianceClearance(m, s))),
        new Family<MerchantSnapshot>(
            EligibilityWorkflows.AllianceProductClearance,
            SnapshotValidator.Validate,
            (s, asOf) => s with { AsOf = asOf },
            s => s.Products.Select(p => new SnapshotSubject($"{s.Id}/{p.Id}", s.AsOf, p)),
            (e, subject, s) => TypedDecision.From(e.EvaluateProductClearance((ProductSnapshot)subject.Input, subject.AsOf, s))),
        Single<BrandProviderSnapshot>(EligibilityWorkflows.BrandProviderRenewal, SnapshotValidator.Validate, (s, asOf) => s with { AsOf = asOf }, (e, p, s) => TypedDecision.From(e.EvaluateBrandRenewal(p, s))),
        Single<StoreOperationProviderSnapshot>(EligibilityWorkflows.StoreOperationAdmission, SnapshotValidator.Validate, (s, asOf) => s with { AsOf = asOf }, (e, p, s) => TypedDecision.From(e.EvaluateStoreOperationAdmission(p, s))),
        Single<StoreOperationProviderSnapshot>(EligibilityWorkflows.StoreOperationPenalty, SnapshotValidator.Validate, (s, asOf) => s with { AsOf = asOf }, (e, p, s) => TypedDecision.From(e.EvaluateStoreOperationPenalty(p, s))),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.WorkflowName).ToArray();

    public static IFamily Get(string workflowName)
        => All.FirstOrDefault(f => string.Equals(f.WorkflowName, workflowName, StringComparison.OrdinalIgnoreCase))
           ?? throw new ToolException($"Unknown workflow '{workflowName}'. Known workflows: {string.Join(", ", Names)}.");

    /// <summary>A family that decides each snapshot as a whole: one subject per line, the snapshot itself.</summary>
    private static Family<T> Single<T>(
        string name,
        Func<T, ValidationResult> validate,
        Func<T, DateOnly, T> withAsOf,
        Func<EligibilityEvaluator, T, EvaluationSettings, TypedDecision> decide)
        where T : class, ISnapshot
        => new(
            name,
            validate,
            withAsOf,
            s => [new SnapshotSubject(s.Id, s.AsOf, s)],
            (e, subject, settings) => decide(e, (T)subject.Input, settings));
}
