namespace Douyin.Eligibility.Snapshots;

/// <summary>Well-known values of <see cref="PenaltyRecord.Severity"/>; the set is open.</summary>
public static class PenaltySeverities
{
    /// <summary>一般违规 (A类): a general violation.</summary>
    public const string General = "General";

    /// <summary>严重违规 (B类): a serious violation; its points count toward the 30-day B-class total.</summary>
    public const string Serious = "Serious";
}
