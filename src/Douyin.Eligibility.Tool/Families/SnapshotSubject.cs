namespace Douyin.Eligibility.Tool.Families;

/// <summary>One thing a workflow decides about: a snapshot, or a product inside a merchant snapshot.</summary>
internal sealed record SnapshotSubject(string Id, DateOnly AsOf, object Input);
