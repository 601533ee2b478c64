namespace Douyin.Eligibility.Testing.Generation;

/// <summary>What generated snapshots may contain.</summary>
public enum SnapshotKind
{
    /// <summary>Every snapshot passes <c>SnapshotValidator</c>: input for decisions through the typed API.</summary>
    Valid,

    /// <summary>
    /// Also what validation rejects: null list items, null strings, negative counts and money, rates above 1, dates
    /// after the evaluation date, unknown violation points, undefined enum values and extreme numbers. Input for
    /// engine-level conformance, where the rules meet whatever a host passes.
    /// </summary>
    Raw,
}
