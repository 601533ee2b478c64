namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// Well-known values of <see cref="PenaltyRecord.Rule"/>. The set is open: a source system may use other codes,
/// and rule expressions compare the string.
/// </summary>
public static class PenaltyRules
{
    /// <summary>The platform rule on publishing information that evades platform controls (e.g. off-platform contact details).</summary>
    public const string PublishingEvasion = "PublishingEvasion";

    /// <summary>The general merchant-violation management rule (the rules' Chinese titles are in docs/snapshots.md).</summary>
    public const string MerchantViolation = "MerchantViolation";

    /// <summary>A serious violation of the kind that bars the same controller's other stores from the Alliance.</summary>
    public const string SeriousViolation = "SeriousViolation";

    /// <summary>A case that seriously endangered transaction safety.</summary>
    public const string TransactionSafety = "TransactionSafety";
}
