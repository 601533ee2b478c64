using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>A typed decision with its outcome as text, or the validation errors that prevented it.</summary>
/// <param name="Decision">The decision; null when the subject is invalid.</param>
/// <param name="Outcome">The outcome's name, as rule test files expect it.</param>
/// <param name="ShownOutcome">The outcome as the <c>check</c> output shows it: <paramref name="Outcome"/>, with more detail for an indeterminate penalty.</param>
/// <param name="Errors">Why there is no decision.</param>
internal sealed record TypedDecision(EligibilityDecision? Decision, string Outcome, string ShownOutcome, IReadOnlyList<ValidationError> Errors)
{
    public static TypedDecision From<T>(EligibilityResult<T> result)
        where T : EligibilityDecision
        => result.Decision is { } d
            ? new(d, OutcomeOf(d), ShownOutcomeOf(d), result.ValidationErrors)
            : new(null, string.Empty, string.Empty, result.ValidationErrors);

    /// <summary>The outcome's enum name; a penalty decision with a heavier level left undecided (data missing) is <c>Indeterminate</c>.</summary>
    private static string OutcomeOf(EligibilityDecision decision) => decision switch
    {
        AdmissionDecision a => a.Outcome.ToString(),
        ClearanceDecision c => c.Outcome.ToString(),
        RenewalDecision r => r.Outcome.ToString(),
        PenaltyDecision { IsIndeterminate: true } => "Indeterminate",
        PenaltyDecision p => p.Level.ToString(),
        _ => "Unknown",
    };

    /// <summary>
    /// As <see cref="OutcomeOf"/>, but an indeterminate penalty also shows the level reached and the heavier level that
    /// could not be judged, e.g. <c>Delisted (ClearedOut indeterminate)</c>.
    /// </summary>
    private static string ShownOutcomeOf(EligibilityDecision decision) => decision is PenaltyDecision { IndeterminateLevel: { } open } p
        ? $"{p.Level} ({open} indeterminate)"
        : OutcomeOf(decision);
}
