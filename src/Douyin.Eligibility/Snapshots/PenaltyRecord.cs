using System.ComponentModel.DataAnnotations;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// One penalty (处罚记录) the platform imposed on a store under a named rule.
/// </summary>
public sealed record PenaltyRecord
{
    /// <summary>
    /// JSON <c>rule</c>. The rule the penalty was imposed under (处罚依据), as an open code such as
    /// <see cref="PenaltyRules.PublishingEvasion"/> (《发布规避信息处理规则》) or
    /// <see cref="PenaltyRules.MerchantViolation"/> (《商家违规行为管理规则》). Required (SV013 when blank).
    /// </summary>
    [MaxLength(128)]
    public string Rule { get; init; } = "";

    /// <summary>JSON <c>date</c>. The date the penalty was imposed (处罚日期), China time. Required (SV010); must not be after the snapshot's as-of date (SV008).</summary>
    public DateOnly Date { get; init; }

    /// <summary>
    /// JSON <c>severity</c>. Severity class (违规等级), an open code such as <see cref="PenaltySeverities.General"/>
    /// (一般违规, A类) or <see cref="PenaltySeverities.Serious"/> (严重违规, B类); null = unknown.
    /// </summary>
    [MaxLength(128)]
    public string? Severity { get; init; }

    /// <summary>JSON <c>description</c>. Free text from the source system (处罚说明); null = none given.</summary>
    [MaxLength(16_384)]
    public string? Description { get; init; }

    /// <summary>JSON <c>points</c>. Violation points deducted (扣分), ≥ 0; null = unknown or not points-based.</summary>
    public int? Points { get; init; }
}
