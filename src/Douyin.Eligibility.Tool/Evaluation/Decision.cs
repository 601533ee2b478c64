namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>One reason a decision gives: a rule that did not pass (or, for a penalty ladder, the level reached).</summary>
internal sealed record Reason(string Code, string? Message, string? Observed = null, string? Threshold = null, string? Gap = null);

/// <summary>The tool's view of one decision, whichever evaluator produced it.</summary>
/// <param name="SubjectId">The store, product (<c>store/product</c>) or provider id.</param>
/// <param name="AsOf">The date decided on.</param>
/// <param name="Outcome">The outcome's name (<c>Indeterminate</c> for a penalty a heavier level of which is open), as summaries, diffs and rule tests compare it.</param>
/// <param name="ShownOutcome">The outcome as <c>check</c> writes it: for an indeterminate penalty, the level reached and the level left open.</param>
/// <param name="Reasons">The reasons, in rule order.</param>
/// <param name="MissingFields">The inputs that were missing, by path.</param>
/// <param name="RuleSetHash">The content hash of the rules used.</param>
internal sealed record Decision(
    string SubjectId,
    DateOnly AsOf,
    string Outcome,
    string ShownOutcome,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<string> MissingFields,
    string RuleSetHash);
