namespace Douyin.Eligibility.Snapshots;

/// <summary>Why the snapshot types may carry <see cref="System.ComponentModel.DataAnnotations.MaxLengthAttribute"/> in a trimmed or Native AOT app.</summary>
internal static class MaxLengthMetadata
{
    /// <summary>The justification of the trim-warning suppression on each snapshot type (docs/aot.md).</summary>
    public const string Justification =
        "[MaxLength] is metadata here: SnapshotLimits and the rule engine's size limits read its Length. Its IsValid, the "
        + "reflection over Count the warning is about, is never called: the library does not use DataAnnotations' Validator.";
}
