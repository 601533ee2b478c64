using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// A Douyin store as known on <see cref="AsOf"/>: everything Selected Alliance admission
/// and clearance rules read. Every fact a source system may not know is nullable, and null means "unknown",
/// never "fine": a rule that needs it is indeterminate. The Chinese name of each field is in docs/snapshots.md.
/// </summary>
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MaxLengthMetadata.Justification)]
public sealed record MerchantSnapshot : ISnapshot
{
    /// <summary>JSON <c>id</c>. Store id. Required (SV001).</summary>
    [MaxLength(128)]
    public string Id { get; init; } = "";

    /// <summary>JSON <c>asOf</c>. Evaluation date, China time; "last N days" windows end on it inclusive. Required (SV002).</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>JSON <c>shopName</c>. Store name; null = unknown.</summary>
    [MaxLength(1_024)]
    public string? ShopName { get; init; }

    /// <summary>JSON <c>isSettled</c>. Settled on Douyin Xiaodian; null = unknown.</summary>
    public bool? IsSettled { get; init; }

    /// <summary>JSON <c>isStoreOpened</c>. A store has been opened in Xiaodian; null = unknown.</summary>
    public bool? IsStoreOpened { get; init; }

    /// <summary>JSON <c>isStoreStatusNormal</c>. Store status normal: users can visit and browse it; null = unknown.</summary>
    public bool? IsStoreStatusNormal { get; init; }

    /// <summary>JSON <c>isAccountStatusNormal</c>. Store account normal: can log in and be used; null = unknown.</summary>
    public bool? IsAccountStatusNormal { get; init; }

    /// <summary>JSON <c>settledDate</c>. Date the store settled, China time; null = unknown. Must not be after <see cref="AsOf"/> (SV009).</summary>
    public DateOnly? SettledDate { get; init; }

    /// <summary>
    /// Whole days from <see cref="SettledDate"/> to <see cref="AsOf"/>; null when the settled date is unknown.
    /// Derived, not serialized; lets rules express "new merchants within 60 days of settling".
    /// </summary>
    [JsonIgnore]
    public int? DaysSinceSettled => SnapshotFormulas.DaysSince(SettledDate, AsOf);

    /// <summary>JSON <c>gmv30dFen</c>. Order GMV over the last 30 days, in fen (1 CNY = 100 fen), ≥ 0; null = unknown.</summary>
    public long? Gmv30dFen { get; init; }

    /// <summary>JSON <c>storeScore</c>. Store score (DSR), on the 5-point scale [0, 5]; null = unknown.</summary>
    public decimal? StoreScore { get; init; }

    /// <summary>JSON <c>positiveRate</c>. Positive review rate, a rate in [0, 1] (75% = 0.75); null = unknown.</summary>
    public decimal? PositiveRate { get; init; }

    /// <summary>
    /// JSON <c>experienceScore</c>. Store experience score on the scale named by
    /// <see cref="ExperienceScoreScale"/>; null = unknown.
    /// </summary>
    public decimal? ExperienceScore { get; init; }

    /// <summary>
    /// JSON <c>experienceScoreScale</c>. The scale of <see cref="ExperienceScore"/> (<c>FivePoint</c> or <c>HundredPoint</c>,
    /// as names: a number such as <c>1</c> or <c>"1"</c> is a read error). Required whenever a score is given (SV007),
    /// because the platform changed scales.
    /// </summary>
    [JsonConverter(typeof(EnumNameConverter<ScoreScale>))]
    public ScoreScale? ExperienceScoreScale { get; init; }

    /// <summary>JSON <c>sellsVirtualGoodsOnly</c>. Sells only virtual goods, which exempts warehouse inspection and ERP integration; null = unknown.</summary>
    public bool? SellsVirtualGoodsOnly { get; init; }

    /// <summary>JSON <c>warehouseInspectionPassed</c>. Passed a third-party warehouse inspection; null = unknown.</summary>
    public bool? WarehouseInspectionPassed { get; init; }

    /// <summary>JSON <c>isAllianceConnected</c>. Connected to the Selected Alliance platform; null = unknown.</summary>
    public bool? IsAllianceConnected { get; init; }

    /// <summary>JSON <c>isErpIntegrated</c>. Completed ERP integration; null = unknown.</summary>
    public bool? IsErpIntegrated { get; init; }

    /// <summary>JSON <c>isBrandQualificationCompliant</c>. Uploaded brand qualification meets the admission standard; null = unknown.</summary>
    public bool? IsBrandQualificationCompliant { get; init; }

    /// <summary>
    /// JSON <c>isJudgedUnsuitable</c>. The platform deems the merchant or its products unsuitable for further
    /// promotion; null = unknown.
    /// </summary>
    public bool? IsJudgedUnsuitable { get; init; }

    /// <summary>JSON <c>allianceOpeningsUsed</c>. Times the Alliance service has already been opened (at most 3 allowed), ≥ 0; null = unknown.</summary>
    public int? AllianceOpeningsUsed { get; init; }

    /// <summary>JSON <c>wasClearedForViolation</c>. The store was cleared or closed for violations; null = unknown.</summary>
    public bool? WasClearedForViolation { get; init; }

    /// <summary>JSON <c>seriousViolationPoints30d</c>. Serious-violation points in the last 30 days, ≥ 0; null = unknown.</summary>
    public int? SeriousViolationPoints30d { get; init; }

    /// <summary>
    /// JSON <c>penaltyHistoryFrom</c>. The first date from which <see cref="Penalties"/> is complete.
    /// An empty list proves "no penalty in the last N days" only when this is on or before the window's start;
    /// null = completeness unknown. Must not be after <see cref="AsOf"/> (SV009).
    /// </summary>
    public DateOnly? PenaltyHistoryFrom { get; init; }

    /// <summary>JSON <c>penalties</c>. The store's penalties; never null, empty when none are listed.</summary>
    [MaxLength(1_000)]
    public IReadOnlyList<PenaltyRecord> Penalties { get; init => field = ValueList<PenaltyRecord>.From(value); } = ValueList<PenaltyRecord>.Empty;

    /// <summary>
    /// JSON <c>controllerStoresKnown</c>. Whether <see cref="ControllerStores"/> lists every other store of the same
    /// actual controller, so an empty list means "none"; null or false = unknown.
    /// </summary>
    public bool? ControllerStoresKnown { get; init; }

    /// <summary>JSON <c>controllerStores</c>. Other stores of the same actual controller; never null.</summary>
    [MaxLength(100)]
    public IReadOnlyList<ControllerStoreSnapshot> ControllerStores { get; init => field = ValueList<ControllerStoreSnapshot>.From(value); } = ValueList<ControllerStoreSnapshot>.Empty;

    /// <summary>JSON <c>products</c>. The store's products for product-level clearance; never null.</summary>
    [MaxLength(10_000)]
    public IReadOnlyList<ProductSnapshot> Products { get; init => field = ValueList<ProductSnapshot>.From(value); } = ValueList<ProductSnapshot>.Empty;
}
