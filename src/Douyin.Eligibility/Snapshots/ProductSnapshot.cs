using System.ComponentModel.DataAnnotations;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// One product of a store, with the indicators Selected Alliance checks daily for product-level clearance.
/// Dates are judged against the owning <see cref="MerchantSnapshot.AsOf"/>. The Chinese name of each field is in
/// docs/snapshots.md.
/// </summary>
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MaxLengthMetadata.Justification)]
public sealed record ProductSnapshot
{
    /// <summary>JSON <c>id</c>. Product id. Required (SV001).</summary>
    [MaxLength(128)]
    public string Id { get; init; } = "";

    /// <summary>JSON <c>title</c>. Product title; null = unknown.</summary>
    [MaxLength(1_024)]
    public string? Title { get; init; }

    /// <summary>JSON <c>category</c>. Platform category, e.g. a food-and-drink / snacks path as the platform names it; null = unknown.</summary>
    [MaxLength(1_024)]
    public string? Category { get; init; }

    /// <summary>
    /// JSON <c>qualityReturnRate</c>. Quality return rate over the last 30 days, a rate in [0, 1];
    /// null = unknown.
    /// </summary>
    public decimal? QualityReturnRate { get; init; }

    /// <summary>
    /// JSON <c>qualityReturnRateThreshold</c>. The category's quality-return-rate limit, a rate in [0, 1];
    /// the product is cleared when <see cref="QualityReturnRate"/> is above it. Null = unknown.
    /// </summary>
    public decimal? QualityReturnRateThreshold { get; init; }

    /// <summary>
    /// JSON <c>pickupRate24h</c>. 24-hour payment-to-pickup rate: share of paid orders collected by
    /// the carrier within 24 hours, a rate in [0, 1]; null = unknown.
    /// </summary>
    public decimal? PickupRate24h { get; init; }

    /// <summary>
    /// JSON <c>customerServiceSatisfactionRate</c>. Customer-service satisfaction rate, a rate in [0, 1];
    /// null = unknown.
    /// </summary>
    public decimal? CustomerServiceSatisfactionRate { get; init; }

    /// <summary>JSON <c>isCleared</c>. Whether the product is currently cleared from the Alliance; null = unknown.</summary>
    public bool? IsCleared { get; init; }

    /// <summary>
    /// JSON <c>clearedDate</c>. The date the product was last cleared, China time; null = never cleared or
    /// unknown. Must not be after the merchant's as-of date (SV009).
    /// </summary>
    public DateOnly? ClearedDate { get; init; }
}
