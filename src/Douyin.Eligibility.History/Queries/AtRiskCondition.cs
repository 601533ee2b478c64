namespace Douyin.Eligibility.History.Queries;

/// <summary>A passing numeric condition close to its threshold.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="Outcome">The subject's outcome that day.</param>
/// <param name="Code">The condition's reason code (what it would fail with).</param>
/// <param name="Field">The observed operand, e.g. <c>merchant.ExperienceScore</c>.</param>
/// <param name="Operator">The operator, the observed value on the left.</param>
/// <param name="Observed">The observed value.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Distance">|observed − threshold|: how far a drop (or rise) may go before the condition is at its threshold.</param>
public sealed record AtRiskCondition(string SubjectId, string Outcome, string Code, string Field, string Operator, decimal Observed, decimal Threshold, decimal Distance);
