using System.Globalization;
using Douyin.Eligibility.Decisions;

namespace EligibilityService;

/// <summary>A decision as JSON: outcome, the exact rules used, the reasons and the human-readable explanation.</summary>
public sealed record DecisionResponse(
    string SubjectId,
    DateOnly AsOf,
    string Outcome,
    string Workflow,
    string? WorkflowVersion,
    DateOnly? EffectiveFrom,
    string RuleSetHash,
    string Culture,
    IReadOnlyList<ReasonResponse> Reasons,
    string Explanation)
{
    /// <summary>Alliance admission and clearance: openings left of the limit.</summary>
    public int? OpeningsRemaining { get; init; }

    /// <summary>Brand renewal: the scorecard.</summary>
    public ScorecardResponse? Scorecard { get; init; }

    /// <summary>Store-operation penalty: a more severe level that could not be judged.</summary>
    public string? IndeterminateLevel { get; init; }

    /// <summary>Store-operation penalty: every step of the ladder, with whether its threshold is reached.</summary>
    public IReadOnlyList<PenaltyStepResponse>? Steps { get; init; }

    /// <summary>The outcome from the public decision model (<see cref="EligibilityDecision.OutcomeName"/>); only what a family adds is read from its type.</summary>
    internal static DecisionResponse From(EligibilityDecision decision)
        => new(
            decision.SubjectId, decision.AsOf, decision.OutcomeName, decision.WorkflowName, decision.WorkflowVersion, decision.EffectiveFrom,
            decision.RuleSetHash, decision.Culture.Name, decision.Reasons.Select(ReasonResponse.From).ToList(), decision.ToString())
        {
            OpeningsRemaining = decision switch
            {
                AdmissionDecision d => d.OpeningsRemaining,
                ClearanceDecision d => d.OpeningsRemaining,
                _ => null,
            },
            Scorecard = decision is RenewalDecision renewal ? ScorecardResponse.From(renewal.Scorecard) : null,
            IndeterminateLevel = (decision as PenaltyDecision)?.IndeterminateLevel?.ToString(),
            Steps = (decision as PenaltyDecision)?.Steps.Select(PenaltyStepResponse.From).ToList(),
        };
}

/// <summary>One reason: the rule, its outcome and message, and what it saw.</summary>
public sealed record ReasonResponse(string? Code, string RuleName, string Outcome, string Message, object? Observed, object? Threshold, string? Gap, IReadOnlyList<string> MissingFields)
{
    internal static ReasonResponse From(DecisionReason reason)
        => new(reason.Code, reason.RuleName, reason.Outcome.ToString(), reason.Message, Plain(reason.Observed), Plain(reason.Threshold), reason.Gap?.ToString(), reason.MissingFields);

    /// <summary>Numbers, booleans and strings as they are; anything else (dates, lists) as invariant text.</summary>
    private static object? Plain(object? value) => value switch
    {
        null or bool or string or int or long or decimal or double => value,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>One step of the penalty ladder: its level, Reached / NotReached / Undetermined, and the rule's reason code.</summary>
public sealed record PenaltyStepResponse(string Level, string State, string? Code)
{
    internal static PenaltyStepResponse From(PenaltyStep step) => new(step.Level.ToString(), step.State.ToString(), step.Rule.Code ?? step.Rule.RuleName);
}

/// <summary>The renewal scorecard.</summary>
public sealed record ScorecardResponse(decimal Total, decimal PassMark, decimal MaxTotal, bool Passed, IReadOnlyList<CriterionResponse> Criteria)
{
    internal static ScorecardResponse From(Scorecard scorecard)
        => new(scorecard.Total, scorecard.PassMark, scorecard.MaxTotal, scorecard.Passed, scorecard.Criteria.Select(c => new CriterionResponse(c.Name, c.Points, c.MaxPoints, c.BandReached)).ToList());
}

/// <summary>One scorecard criterion.</summary>
public sealed record CriterionResponse(string Name, decimal Points, decimal MaxPoints, string? BandReached);
