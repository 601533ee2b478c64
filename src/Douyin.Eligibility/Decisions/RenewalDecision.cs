namespace Douyin.Eligibility.Decisions;

/// <summary>A brand service provider renewal decision: hard gates plus a weighted scorecard.</summary>
public sealed class RenewalDecision : EligibilityDecision
{
    internal RenewalDecision(DecisionEvaluation evaluation, RenewalOutcome outcome, IReadOnlyList<DecisionReason> reasons, Scorecard scorecard)
        : base(evaluation, reasons)
    {
        Outcome = outcome;
        Scorecard = scorecard;
    }

    /// <summary>Renewed, NotRenewed or Indeterminate.</summary>
    public RenewalOutcome Outcome { get; }

    /// <summary>Points per criterion, total, pass mark.</summary>
    public Scorecard Scorecard { get; }

    /// <inheritdoc />
    public override Enum OutcomeValue => Outcome;

    /// <inheritdoc />
    public override bool IsIndeterminate => Outcome == RenewalOutcome.Indeterminate;
}
