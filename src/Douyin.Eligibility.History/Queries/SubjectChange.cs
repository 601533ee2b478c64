namespace Douyin.Eligibility.History.Queries;

/// <summary>A subject whose decision is not a plain pass on both days.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="Kind">How it moved.</param>
/// <param name="PreviousOutcome">Its outcome in the previous run; null when it was not there.</param>
/// <param name="Outcome">Its outcome now; null when it is gone.</param>
/// <param name="DaysFailing">Consecutive runs (days) up to this one in which it did not pass; 0 when it passes.</param>
/// <param name="ReasonCodes">Its reason codes now.</param>
public sealed record SubjectChange(string SubjectId, ChangeKind Kind, string? PreviousOutcome, string? Outcome, int DaysFailing, IReadOnlyList<string> ReasonCodes);
