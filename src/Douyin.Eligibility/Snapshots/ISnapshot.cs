namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// A top-level snapshot: the facts about one subject (a store or a service provider) as known on one date.
/// </summary>
public interface ISnapshot
{
    /// <summary>The subject's platform id. Required; blank is a validation error (SV001).</summary>
    string Id { get; }

    /// <summary>
    /// The evaluation date (China time, UTC+8) the facts describe. Every "last N days" window ends on it,
    /// inclusive. Required; <c>default</c> is a validation error (SV002).
    /// </summary>
    DateOnly AsOf { get; }
}
