namespace Douyin.Eligibility.History.Records;

/// <summary>What a run is: one family's decisions of one day, from one rule set.</summary>
/// <param name="Family">The workflow name, e.g. <c>AllianceClearance</c>.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="RuleSetHash">The content hash of the rule set the decisions come from.</param>
public sealed record RunDescriptor(string Family, DateOnly AsOf, string RuleSetHash);
