namespace Douyin.Eligibility.Decisions;

/// <summary>A store-operation provider penalty decision: the most severe level of the ladder whose threshold is reached.</summary>
public sealed class PenaltyDecision : EligibilityDecision
{
    internal PenaltyDecision(DecisionEvaluation evaluation, PenaltyLevel level, PenaltyLevel? indeterminateLevel, IReadOnlyList<DecisionReason> reasons, IReadOnlyList<PenaltyStep> steps)
        : base(evaluation, reasons)
    {
        Level = level;
        IndeterminateLevel = indeterminateLevel;
        Steps = steps;
    }

    /// <summary>The penalty that applies; <see cref="PenaltyLevel.None"/> when no threshold is reached.</summary>
    public PenaltyLevel Level { get; }

    /// <summary>True when a rule of a more severe level than <see cref="Level"/> could not be judged, so the penalty may be heavier.</summary>
    public override bool IsIndeterminate => IndeterminateLevel is not null;

    /// <summary>The most severe level above <see cref="Level"/> whose rule could not be judged; null when none.</summary>
    public PenaltyLevel? IndeterminateLevel { get; }

    /// <summary>
    /// Every step of the ladder (each rule that names a level), in file order, said for what it means: a rule whose
    /// condition holds (<see cref="Rules.RuleOutcome.Passed"/> in the engine's terms) is a threshold
    /// <see cref="PenaltyStepState.Reached"/>, so its penalty applies.
    /// </summary>
    public IReadOnlyList<PenaltyStep> Steps { get; }

    /// <inheritdoc />
    public override Enum OutcomeValue => Level;
}

/// <summary>One step of the penalty ladder: a level, whether its threshold is reached, and the rule that says so.</summary>
public sealed class PenaltyStep
{
    internal PenaltyStep(PenaltyLevel level, PenaltyStepState state, DecisionReason rule)
    {
        Level = level;
        State = state;
        Rule = rule;
    }

    /// <summary>The level the rule names (<c>Properties.PenaltyLevel</c>).</summary>
    public PenaltyLevel Level { get; }

    /// <summary>Reached (the penalty applies), NotReached, or Undetermined (the rule could not be judged).</summary>
    public PenaltyStepState State { get; }

    /// <summary>The rule, with its message, observed value and threshold.</summary>
    public DecisionReason Rule { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Level}: {State} ({Rule.Code ?? Rule.RuleName})";
}

/// <summary>Whether a penalty threshold is reached.</summary>
public enum PenaltyStepState
{
    /// <summary>The threshold is not reached (the rule's condition does not hold).</summary>
    NotReached,

    /// <summary>The threshold is reached: the level's penalty applies (the rule's condition holds).</summary>
    Reached,

    /// <summary>The rule could not be judged (missing data or a rule error).</summary>
    Undetermined,
}
