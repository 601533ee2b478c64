namespace Douyin.Eligibility;

/// <summary>
/// The load diagnostics the typed API adds to the rule engine's (whose codes are in
/// <see cref="Rules.DiagnosticCodes"/>): DE5xxx. They print like every other diagnostic,
/// <c>file(line,col): error CODE: message</c>, and come in the same <see cref="Rules.RuleSetLoadResult"/>.
/// </summary>
public static class EligibilityDiagnosticCodes
{
    /// <summary>
    /// A param or property the typed API reads (<c>MaxAllianceOpenings</c>, <c>ScorecardPassMark</c>, a band's
    /// <c>Criterion</c> and <c>Points</c>, a rule's <c>PenaltyLevel</c>, <c>ExperienceScoreScale</c>) is missing where
    /// it is required, of the wrong kind, or outside its documented range (docs/rule-conventions.md).
    /// </summary>
    public const string TypedValueOutOfRange = "DE5001";

    /// <summary>
    /// A workflow of the typed API does not take exactly one input of its family's snapshot type (e.g.
    /// <c>AllianceAdmission</c> must take one <c>MerchantSnapshot</c>; docs/rule-conventions.md), so the typed API could
    /// not evaluate it.
    /// </summary>
    public const string TypedInputMismatch = "DE5002";

    /// <summary>
    /// The rule set lacks a workflow of <see cref="EligibilityOptions.RequiredWorkflows"/>, or none of its versions is
    /// in force today; the set is not used (at start the evaluator is not created, on reload the last good set stays).
    /// </summary>
    public const string RequiredWorkflowMissing = "DE5003";

    /// <summary>
    /// Loading or reloading the rules threw an exception that is not about reading a file (a bug in loading, not in the
    /// rule files). The message names the exception's type and message; the exception is logged with its stack trace,
    /// and on reload the last good set stays.
    /// </summary>
    public const string LoadFailedUnexpectedly = "DE5004";
}
