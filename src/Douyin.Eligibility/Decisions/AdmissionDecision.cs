namespace Douyin.Eligibility.Decisions;

/// <summary>An admission decision (Selected Alliance store admission, store-operation provider admission).</summary>
public sealed class AdmissionDecision : EligibilityDecision
{
    internal AdmissionDecision(DecisionEvaluation evaluation, AdmissionOutcome outcome, IReadOnlyList<DecisionReason>? reasons, int? openingsRemaining)
        : base(evaluation, reasons)
    {
        Outcome = outcome;
        OpeningsRemaining = openingsRemaining;
    }

    /// <summary>Eligible, NotEligible or Indeterminate.</summary>
    public AdmissionOutcome Outcome { get; }

    /// <summary>True when <see cref="Outcome"/> is <see cref="AdmissionOutcome.Eligible"/>.</summary>
    public bool IsEligible => Outcome == AdmissionOutcome.Eligible;

    /// <summary>
    /// Selected Alliance only: <c>MaxAllianceOpenings</c> minus the openings already used, never negative; null when
    /// the snapshot does not say how many were used or the workflow has no such parameter.
    /// </summary>
    public int? OpeningsRemaining { get; }

    /// <inheritdoc />
    public override Enum OutcomeValue => Outcome;

    /// <inheritdoc />
    public override bool IsIndeterminate => Outcome == AdmissionOutcome.Indeterminate;
}
