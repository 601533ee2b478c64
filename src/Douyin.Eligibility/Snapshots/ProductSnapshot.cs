using System.ComponentModel.DataAnnotations;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// One product (商品) of a store, with the indicators Selected Alliance checks daily for product-level clearance
/// (商品清退). Dates are judged against the owning <see cref="MerchantSnapshot.AsOf"/>.
/// </summary>
public sealed record ProductSnapshot
{
    /// <summary>JSON <c>id</c>. Product id (商品ID). Required (SV001).</summary>
    [MaxLength(128)]
    public string Id { get; init; } = "";

    /// <summary>JSON <c>title</c>. Product title (商品标题); null = unknown.</summary>
    [MaxLength(1_024)]
    public string? Title { get; init; }

    /// <summary>JSON <c>category</c>. Platform category (类目), e.g. "食品饮料/休闲零食"; null = unknown.</summary>
    [MaxLength(1_024)]
    public string? Category { get; init; }

    /// <summary>
    /// JSON <c>qualityReturnRate</c>. Quality return rate over the last 30 days (近30天品退率), a rate in [0, 1];
    /// null = unknown.
    /// </summary>
    public decimal? QualityReturnRate { get; init; }

    /// <summary>
    /// JSON <c>qualityReturnRateThreshold</c>. The category's quality-return-rate limit (类目品退率标准), a rate in [0, 1];
    /// the product is cleared when <see cref="QualityReturnRate"/> is above it. Null = unknown.
    /// </summary>
    public decimal? QualityReturnRateThreshold { get; init; }

    /// <summary>
    /// JSON <c>pickupRate24h</c>. 24-hour payment-to-pickup rate (24小时支付揽收率): share of paid orders collected by
    /// the carrier within 24 hours, a rate in [0, 1]; null = unknown.
    /// </summary>
    public decimal? PickupRate24h { get; init; }

    /// <summary>
    /// JSON <c>customerServiceSatisfactionRate</c>. Customer-service satisfaction rate (客服满意率), a rate in [0, 1];
    /// null = unknown.
    /// </summary>
    public decimal? CustomerServiceSatisfactionRate { get; init; }

    /// <summary>JSON <c>isCleared</c>. Whether the product is currently cleared from the Alliance (已被清退); null = unknown.</summary>
    public bool? IsCleared { get; init; }

    /// <summary>
    /// JSON <c>clearedDate</c>. The date the product was last cleared (清退日期), China time; null = never cleared or
    /// unknown. Must not be after the merchant's as-of date (SV009).
    /// </summary>
    public DateOnly? ClearedDate { get; init; }
}
