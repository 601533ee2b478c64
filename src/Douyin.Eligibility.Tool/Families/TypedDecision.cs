using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>A typed decision with its outcome as text, or the validation errors that prevented it.</summary>
internal sealed record TypedDecision(EligibilityDecision? Decision, string Outcome, IReadOnlyList<ValidationError> Errors)
{
    public static TypedDecision From<T>(EligibilityResult<T> result)
        where T : EligibilityDecision
        => new(result.Decision, result.Decision is { } d ? OutcomeOf(d) : string.Empty, result.ValidationErrors);

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
}
