namespace Douyin.Eligibility.History.Records;

/// <summary>A completed run as stored.</summary>
/// <param name="Family">The workflow name.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="RuleSetHash">The content hash of the rule set of the run.</param>
/// <param name="Decisions">How many decisions it holds.</param>
/// <param name="CompletedAt">When it completed (UTC).</param>
public sealed record RunInfo(string Family, DateOnly AsOf, string RuleSetHash, long Decisions, DateTimeOffset CompletedAt);
