namespace Douyin.Eligibility.Snapshots;

/// <summary>Well-known values of <see cref="PenaltyRecord.Severity"/>; the set is open.</summary>
public static class PenaltySeverities
{
    /// <summary>A general violation (class A; its Chinese name is in docs/snapshots.md).</summary>
    public const string General = "General";

    /// <summary>A serious violation (class B); its points count toward the 30-day B-class total.</summary>
    public const string Serious = "Serious";
}
