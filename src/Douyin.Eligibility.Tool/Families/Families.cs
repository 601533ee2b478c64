using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>The shipped workflows and the snapshot type each one reads (see docs/rule-conventions.md).</summary>
internal static class WorkflowFamilies
{
    private static readonly IFamily[] All =
    [
        Merchant("AllianceAdmission"),
        Merchant("AllianceClearance"),
        new Family<MerchantSnapshot>(
            "AllianceProductClearance",
            SnapshotValidator.Validate,
            (s, asOf) => s with { AsOf = asOf },
            s => s.Products.Select(p => new SnapshotSubject($"{s.Id}/{p.Id}", s.AsOf, p))),
        new Family<BrandProviderSnapshot>(
            "BrandProviderRenewal",
            SnapshotValidator.Validate,
            (s, asOf) => s with { AsOf = asOf },
            s => [new SnapshotSubject(s.Id, s.AsOf, s)]),
        StoreOperation("StoreOperationAdmission"),
        StoreOperation("StoreOperationPenalty"),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.WorkflowName).ToArray();

    public static IFamily Get(string workflowName)
        => All.FirstOrDefault(f => string.Equals(f.WorkflowName, workflowName, StringComparison.OrdinalIgnoreCase))
           ?? throw new ToolException($"Unknown workflow '{workflowName}'. Known workflows: {string.Join(", ", Names)}.");

    private static Family<MerchantSnapshot> Merchant(string name)
        => new(name, SnapshotValidator.Validate, (s, asOf) => s with { AsOf = asOf }, s => [new SnapshotSubject(s.Id, s.AsOf, s)]);

    private static Family<StoreOperationProviderSnapshot> StoreOperation(string name)
        => new(name, SnapshotValidator.Validate, (s, asOf) => s with { AsOf = asOf }, s => [new SnapshotSubject(s.Id, s.AsOf, s)]);
}
