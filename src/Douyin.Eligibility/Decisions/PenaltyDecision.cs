namespace Douyin.Eligibility.Decisions;

/// <summary>A store-operation provider penalty decision: the most severe level of the ladder whose threshold is reached.</summary>
public sealed class PenaltyDecision : EligibilityDecision
{
    internal PenaltyDecision(DecisionHeader header, PenaltyLevel level, PenaltyLevel? indeterminateLevel, IReadOnlyList<DecisionReason> reasons)
        : base(header)
    {
        Level = level;
        IndeterminateLevel = indeterminateLevel;
        Reasons = reasons;
    }

    /// <summary>The penalty that applies; <see cref="PenaltyLevel.None"/> when no threshold is reached.</summary>
    public PenaltyLevel Level { get; }

    /// <summary>True when a rule of a more severe level than <see cref="Level"/> could not be judged, so the penalty may be heavier.</summary>
    public bool IsIndeterminate => IndeterminateLevel is not null;

    /// <summary>The most severe level above <see cref="Level"/> whose rule could not be judged; null when none.</summary>
    public PenaltyLevel? IndeterminateLevel { get; }

    internal override Enum OutcomeValue => Level;
}
