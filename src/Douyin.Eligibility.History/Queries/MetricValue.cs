namespace Douyin.Eligibility.History.Queries;

/// <summary>One observed value of a numeric condition, with its threshold.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="Code">The condition's reason code.</param>
/// <param name="Field">The observed operand, e.g. <c>merchant.StoreScore</c>.</param>
/// <param name="Operator">The operator, the observed value on the left.</param>
/// <param name="Observed">The observed value.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Passed">True when the condition passed.</param>
public sealed record MetricValue(string SubjectId, string Code, string Field, string Operator, decimal Observed, decimal Threshold, bool Passed);
