namespace Douyin.Eligibility.Decisions;

/// <summary>A clearance decision for a store or for one product (Selected Alliance).</summary>
public sealed class ClearanceDecision : EligibilityDecision
{
    internal ClearanceDecision(DecisionEvaluation evaluation, ClearanceOutcome outcome, IReadOnlyList<DecisionReason>? reasons, int? openingsRemaining)
        : base(evaluation, reasons)
    {
        Outcome = outcome;
        OpeningsRemaining = openingsRemaining;
    }

    /// <summary>Retain, Clear or Indeterminate.</summary>
    public ClearanceOutcome Outcome { get; }

    /// <summary>
    /// Store clearance only: how many more times the store may open the Alliance after being cleared
    /// (<c>MaxAllianceOpenings</c> minus openings used, never negative); null for products or when unknown.
    /// </summary>
    public int? OpeningsRemaining { get; }

    /// <inheritdoc />
    public override Enum OutcomeValue => Outcome;

    /// <inheritdoc />
    public override bool IsIndeterminate => Outcome == ClearanceOutcome.Indeterminate;
}
