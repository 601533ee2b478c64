using Douyin.Eligibility.History.Queries;

namespace Douyin.Eligibility.Tool.Commands.Report.Model;

/// <summary>One family's part of the report: its runs up to the report date and that day's details.</summary>
/// <param name="Family">The workflow name.</param>
/// <param name="AsOf">The day reported on (the family's latest run on or before the requested date).</param>
/// <param name="PreviousAsOf">The run before it; null for the first run.</param>
/// <param name="RuleSetHash">The rule-set content hash of the day's run.</param>
/// <param name="Decisions">Decisions of the day.</param>
/// <param name="Dates">The dates of the family's runs up to <paramref name="AsOf"/>, oldest first.</param>
/// <param name="Outcomes">The family's outcomes, the passing one first.</param>
/// <param name="OutcomeCounts">Decisions per date and outcome, for <paramref name="Dates"/>.</param>
/// <param name="ReasonCounts">Decisions per date and reason code, for <paramref name="Dates"/>.</param>
/// <param name="Changes">The subjects whose decision moved since the previous run (or that still fail), as the store reports them.</param>
/// <param name="Margin">The at-risk margin (a fraction of the threshold).</param>
/// <param name="AtRisk">The passing numeric conditions within <paramref name="Margin"/> of their threshold, nearest first.</param>
/// <param name="Metrics">The observed values of the day's numeric conditions, with their thresholds.</param>
/// <param name="Names">The shop or provider names of the subjects listed (changes, at risk), from the stored snapshots; a subject without a stored snapshot or name is not in it.</param>
internal sealed record FamilyReport(
    string Family,
    DateOnly AsOf,
    DateOnly? PreviousAsOf,
    string RuleSetHash,
    long Decisions,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<OutcomeKind> Outcomes,
    IReadOnlyList<OutcomeCount> OutcomeCounts,
    IReadOnlyList<ReasonCount> ReasonCounts,
    IReadOnlyList<SubjectChange> Changes,
    decimal Margin,
    IReadOnlyList<AtRiskCondition> AtRisk,
    IReadOnlyList<MetricValue> Metrics,
    IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The decisions of <paramref name="outcome"/> on <paramref name="date"/> (0 when none).</summary>
    public long Count(DateOnly date, string outcome)
        => OutcomeCounts.Where(c => c.AsOf == date && string.Equals(c.Outcome, outcome, StringComparison.OrdinalIgnoreCase)).Sum(c => c.Count);

    /// <summary>The decisions with reason <paramref name="code"/> on <paramref name="date"/> (0 when none).</summary>
    public long ReasonCount(DateOnly date, string code)
        => ReasonCounts.Where(c => c.AsOf == date && c.Code == code).Sum(c => c.Count);
}
