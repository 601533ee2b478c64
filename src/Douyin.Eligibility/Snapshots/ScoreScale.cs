namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// The scale a score is expressed on. The platform moved the experience score from a 5-point
/// to a 100-point scale, so a score is meaningless without its scale.
/// </summary>
public enum ScoreScale
{
    /// <summary>0 to 5, e.g. 4.2.</summary>
    FivePoint = 1,

    /// <summary>0 to 100, e.g. 70.</summary>
    HundredPoint = 2,
}
