using System.ComponentModel.DataAnnotations;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// One violation recorded against a store-operation service provider under the service-market
/// violation rules. Points accumulate per calendar year and reset at 31 Dec 23:59:59.
/// </summary>
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MaxLengthMetadata.Justification)]
public sealed record ProviderViolation
{
    /// <summary>JSON <c>id</c>. The violation's id in the source system; null = none given.</summary>
    [MaxLength(128)]
    public string? Id { get; init; }

    /// <summary>JSON <c>date</c>. Date the violation was recorded, China time. Required (SV010); must not be after the snapshot's as-of date (SV008).</summary>
    public DateOnly Date { get; init; }

    /// <summary>
    /// JSON <c>points</c>. Points for this violation, ≥ 0. Required (SV016): the penalty ladder adds them up,
    /// so a violation whose points are unknown (missing or <c>null</c>) makes the snapshot invalid rather than count as 0.
    /// </summary>
    public int? Points { get; init; }

    /// <summary>
    /// JSON <c>kind</c>. What was violated, an open code such as <see cref="ProviderViolationKinds.ServiceNotAsPromised"/>.
    /// Required (SV013).
    /// </summary>
    [MaxLength(128)]
    public string Kind { get; init; } = "";

    /// <summary>JSON <c>appealed</c>. An appeal was filed, which must happen within 7 days; null = unknown.</summary>
    public bool? Appealed { get; init; }

    /// <summary>JSON <c>appealUpheld</c>. The appeal succeeded and the violation is withdrawn; null = undecided or unknown.</summary>
    public bool? AppealUpheld { get; init; }
}
