namespace Douyin.Eligibility.History.Records;

/// <summary>One stored decision: what was decided about a subject on a day, why, and with which rules.</summary>
/// <param name="Family">The workflow name (the family), e.g. <c>AllianceClearance</c>.</param>
/// <param name="SubjectId">The store, product or provider id.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Outcome">The outcome's name, e.g. <c>Retain</c> or <c>Clear</c>.</param>
/// <param name="Passed">True when the outcome is the family's good one (eligible, retained, renewed, no penalty).</param>
/// <param name="WorkflowVersion">The workflow version's label used (null when the file has none).</param>
/// <param name="RuleSetHash">The content hash of the rule set used.</param>
/// <param name="Conditions">Every check that did not pass, and every passing check decided by a numeric comparison (for near misses and distributions), in rule order.</param>
/// <param name="SnapshotJson">The snapshot evaluated, as JSON, for replay; null when not kept.</param>
public sealed record DecisionRecord(
    string Family,
    string SubjectId,
    DateOnly AsOf,
    string Outcome,
    bool Passed,
    string? WorkflowVersion,
    string RuleSetHash,
    IReadOnlyList<ConditionRecord> Conditions,
    string? SnapshotJson)
{
    /// <summary>The reason codes: the codes (or rule names) of the conditions that did not pass, in rule order.</summary>
    public IEnumerable<string> ReasonCodes => Conditions.Where(c => c.Outcome != "Passed").Select(c => c.Code);
}
