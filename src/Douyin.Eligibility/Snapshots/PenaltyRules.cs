namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// Well-known values of <see cref="PenaltyRecord.Rule"/>. The set is open: a source system may use other codes,
/// and rule expressions compare the string.
/// </summary>
public static class PenaltyRules
{
    /// <summary>《发布规避信息处理规则》: publishing information that evades platform controls (e.g. off-platform contact details).</summary>
    public const string PublishingEvasion = "PublishingEvasion";

    /// <summary>《商家违规行为管理规则》: the general merchant-violation management rule.</summary>
    public const string MerchantViolation = "MerchantViolation";

    /// <summary>A serious violation (严重违规) of the kind that bars the same controller's other stores from the Alliance.</summary>
    public const string SeriousViolation = "SeriousViolation";

    /// <summary>A case that seriously endangered transaction safety (严重危及交易安全).</summary>
    public const string TransactionSafety = "TransactionSafety";
}
