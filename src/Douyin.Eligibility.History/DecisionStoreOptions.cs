namespace Douyin.Eligibility.History;

/// <summary>How a decision store behaves.</summary>
public sealed class DecisionStoreOptions
{
    /// <summary>
    /// A run still being written whose last write is older than this is taken to be abandoned (its writer stopped): a new
    /// run of the same family and day discards it. Default 15 minutes.
    /// </summary>
    public TimeSpan StaleRunAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// SQLite only: the largest the database file may grow, in bytes (rounded down to whole pages); a write past it fails
    /// with <see cref="DecisionStoreErrorKind.StoreFull"/> and is rolled back. Null (the default): no limit but the disk's.
    /// </summary>
    public long? MaxSizeBytes { get; set; }
}
