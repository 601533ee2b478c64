using Douyin.Eligibility.Json;

namespace EligibilityService;

/// <summary>The service's own limits, from <c>EligibilityService:MaxRequestBodyBytes</c>.</summary>
/// <param name="MaxRequestBodyBytes">The largest request body of a single-snapshot endpoint (a larger one is a 413), and the longest line of a batch.</param>
internal sealed record ServiceLimits(long MaxRequestBodyBytes)
{
    /// <summary>The longest batch line, as the snapshot reader counts it (at most <see cref="SnapshotReadOptions.MaxItemBytesLimit"/>).</summary>
    public int MaxItemBytes => (int)Math.Min(MaxRequestBodyBytes, SnapshotReadOptions.MaxItemBytesLimit);
}
