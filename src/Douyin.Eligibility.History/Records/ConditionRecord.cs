namespace Douyin.Eligibility.History.Records;

/// <summary>
/// One check of a stored decision: its code and outcome and, when its deciding comparison is numeric, the observed value,
/// the operator and the threshold, and for a failed one the value needed and the change (the engine's gap).
/// </summary>
/// <param name="RuleName">The rule's name.</param>
/// <param name="Code">The rule's reason code, or its name when it has none.</param>
/// <param name="Outcome">Passed, Failed, Indeterminate or Error.</param>
/// <param name="Field">The observed operand as written, e.g. <c>merchant.ExperienceScore</c>; null when not a comparison.</param>
/// <param name="Operator">The comparison's operator, the observed value on its left (e.g. <c>&gt;=</c>); null when not a comparison.</param>
/// <param name="Observed">The observed value; null when missing or not numeric.</param>
/// <param name="Threshold">The threshold; null when not numeric.</param>
/// <param name="Required">For a failed comparison: the nearest value that passes.</param>
/// <param name="Change">For a failed comparison: required minus observed.</param>
public sealed record ConditionRecord(
    string RuleName,
    string Code,
    string Outcome,
    string? Field,
    string? Operator,
    decimal? Observed,
    decimal? Threshold,
    decimal? Required,
    decimal? Change);
