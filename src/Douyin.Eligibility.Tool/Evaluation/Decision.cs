namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>One reason a decision gives: a rule that did not pass (or, for a penalty ladder, the level reached).</summary>
internal sealed record Reason(string Code, string? Message, string? Observed = null, string? Threshold = null, string? Gap = null);

/// <summary>The tool's view of one decision, whichever evaluator produced it.</summary>
internal sealed record Decision(
    string SubjectId,
    DateOnly AsOf,
    string Outcome,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<string> MissingFields,
    string RuleSetHash);
