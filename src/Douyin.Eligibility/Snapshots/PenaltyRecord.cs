using System.ComponentModel.DataAnnotations;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// One penalty the platform imposed on a store under a named rule.
/// </summary>
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MaxLengthMetadata.Justification)]
public sealed record PenaltyRecord
{
    /// <summary>
    /// JSON <c>rule</c>. The rule the penalty was imposed under, as an open code such as
    /// <see cref="PenaltyRules.PublishingEvasion"/> or
    /// <see cref="PenaltyRules.MerchantViolation"/>. Required (SV013 when blank).
    /// </summary>
    [MaxLength(128)]
    public string Rule { get; init; } = "";

    /// <summary>JSON <c>date</c>. The date the penalty was imposed, China time. Required (SV010); must not be after the snapshot's as-of date (SV008).</summary>
    public DateOnly Date { get; init; }

    /// <summary>
    /// JSON <c>severity</c>. Severity class, an open code such as <see cref="PenaltySeverities.General"/>
    /// or <see cref="PenaltySeverities.Serious"/>; null = unknown.
    /// </summary>
    [MaxLength(128)]
    public string? Severity { get; init; }

    /// <summary>JSON <c>description</c>. Free text from the source system; null = none given.</summary>
    [MaxLength(16_384)]
    public string? Description { get; init; }

    /// <summary>JSON <c>points</c>. Violation points deducted, ≥ 0; null = unknown or not points-based.</summary>
    public int? Points { get; init; }
}
