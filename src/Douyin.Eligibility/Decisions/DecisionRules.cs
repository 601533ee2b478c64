using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using static Douyin.Eligibility.Decisions.TypedRuleValues;

namespace Douyin.Eligibility.Decisions;

/// <summary>How each family's outcome derives from its rules' outcomes (docs/rule-conventions.md).</summary>
internal static class DecisionRules
{
    public static bool IsPassed(DecisionReason r) => r.Outcome == RuleOutcome.Passed;

    public static bool IsFailed(DecisionReason r) => r.Outcome == RuleOutcome.Failed;

    /// <summary>Indeterminate or Error: the rule could not be judged.</summary>
    public static bool IsUnknown(DecisionReason r) => r.Outcome is RuleOutcome.Indeterminate or RuleOutcome.Error;

    /// <summary>An admission decision without openings (a family of the host's own, store-operation admission); its reasons are the checks that did not pass.</summary>
    public static AdmissionDecision NewAdmission(DecisionEvaluation evaluation)
        => new(evaluation, Admission(evaluation.Outcomes), reasons: null, openingsRemaining: null);

    /// <summary>A clearance decision without openings (products, a family of the host's own); its reasons are the checks that did not pass.</summary>
    public static ClearanceDecision NewClearance(DecisionEvaluation evaluation)
        => new(evaluation, Clearance(evaluation.Outcomes), reasons: null, openingsRemaining: null);

    /// <summary>Selected Alliance store admission: with the openings left.</summary>
    public static AdmissionDecision NewAllianceAdmission(DecisionEvaluation evaluation, int? openingsMax)
        => new(evaluation, Admission(evaluation.Outcomes), reasons: null, OpeningsRemaining(openingsMax, ((MerchantSnapshot)evaluation.Input!).AllianceOpeningsUsed));

    /// <summary>Selected Alliance store clearance: with the openings left.</summary>
    public static ClearanceDecision NewAllianceClearance(DecisionEvaluation evaluation, int? openingsMax)
        => new(evaluation, Clearance(evaluation.Outcomes), reasons: null, OpeningsRemaining(openingsMax, ((MerchantSnapshot)evaluation.Input!).AllianceOpeningsUsed));

    /// <summary>Every rule must pass: any failure decides, then anything unknown.</summary>
    public static AdmissionOutcome Admission(RuleOutcomes outcomes)
        => outcomes.Any(RuleOutcome.Failed) ? AdmissionOutcome.NotEligible
            : outcomes.Any(RuleOutcome.Indeterminate) || outcomes.Any(RuleOutcome.Error) ? AdmissionOutcome.Indeterminate
            : AdmissionOutcome.Eligible;

    /// <summary>A rule passes when the subject may stay: any failure clears it.</summary>
    public static ClearanceOutcome Clearance(RuleOutcomes outcomes)
        => outcomes.Any(RuleOutcome.Failed) ? ClearanceOutcome.Clear
            : outcomes.Any(RuleOutcome.Indeterminate) || outcomes.Any(RuleOutcome.Error) ? ClearanceOutcome.Indeterminate
            : ClearanceOutcome.Retain;

    /// <summary>Every rule must pass: any failure decides, then anything unknown.</summary>
    public static AdmissionOutcome Admission(IReadOnlyList<DecisionReason> checks)
        => checks.Any(IsFailed) ? AdmissionOutcome.NotEligible
            : checks.Any(IsUnknown) ? AdmissionOutcome.Indeterminate
            : AdmissionOutcome.Eligible;

    /// <summary>A rule passes when the subject may stay: any failure clears it.</summary>
    public static ClearanceOutcome Clearance(IReadOnlyList<DecisionReason> checks)
        => checks.Any(IsFailed) ? ClearanceOutcome.Clear
            : checks.Any(IsUnknown) ? ClearanceOutcome.Indeterminate
            : ClearanceOutcome.Retain;

    public static RenewalDecision Renewal(DecisionEvaluation evaluation)
    {
        var rules = evaluation.Workflow.Rules;
        var checks = evaluation.Checks;
        var gates = new List<DecisionReason>();
        var bands = new List<(DecisionReason Reason, string Criterion, decimal Points)>();
        for (var i = 0; i < checks.Count; i++)
        {
            if (Text(rules[i], CriterionProperty) is { } criterion)
            {
                bands.Add((checks[i], criterion, BandPoints(rules[i])));
            }
            else
            {
                gates.Add(checks[i]);
            }
        }

        var criteria = bands
            .GroupBy(b => b.Criterion, StringComparer.Ordinal)
            .Select(g =>
            {
                var reached = g.Where(b => IsPassed(b.Reason)).OrderByDescending(b => b.Points).FirstOrDefault();
                var possible = g.Where(b => !IsFailed(b.Reason)).Select(b => b.Points).DefaultIfEmpty(0m).Max();
                return new ScorecardCriterion(g.Key, reached.Reason is null ? 0m : reached.Points, g.Max(b => b.Points), possible, reached.Reason?.RuleName);
            })
            .ToList();
        var scorecard = new Scorecard(criteria, Parameter(evaluation.Workflow, PassMarkParameter, PassMark) ?? 0m, RuleAssumptions.Assumed(evaluation.Workflow).Contains(PassMarkParameter));

        var outcome = gates.Any(IsFailed) || (!scorecard.Passed && !scorecard.IsIndeterminate) ? RenewalOutcome.NotRenewed
            : gates.Any(IsUnknown) || scorecard.IsIndeterminate ? RenewalOutcome.Indeterminate
            : RenewalOutcome.Renewed;

        // Gates that did not pass; when the scorecard has not passed, the bands that would add points.
        var earned = criteria.ToDictionary(c => c.Name, c => c.Points, StringComparer.Ordinal);
        var reasons = gates.Where(g => !IsPassed(g)).ToList();
        if (!scorecard.Passed)
        {
            reasons.AddRange(bands.Where(b => !IsPassed(b.Reason) && b.Points > earned[b.Criterion]).Select(b => b.Reason));
        }

        return new RenewalDecision(evaluation, outcome, reasons, scorecard);
    }

    public static PenaltyDecision Penalty(DecisionEvaluation evaluation)
    {
        var rules = evaluation.Workflow.Rules;
        var leveled = evaluation.Checks
            .Select((check, i) => (Check: check, Level: Level(rules[i])))
            .Where(x => x.Level != PenaltyLevel.None)
            .ToList();
        var applied = leveled.Where(x => IsPassed(x.Check)).Select(x => x.Level).DefaultIfEmpty(PenaltyLevel.None).Max();
        var unknown = leveled.Where(x => IsUnknown(x.Check) && x.Level > applied).Select(x => (PenaltyLevel?)x.Level).Max();

        // Reached thresholds and unjudged heavier ones, most severe first.
        var reasons = leveled
            .Where(x => IsPassed(x.Check) || (IsUnknown(x.Check) && x.Level > applied))
            .OrderByDescending(x => x.Level)
            .Select(x => x.Check)
            .ToList();
        var steps = leveled
            .Select(x => new PenaltyStep(x.Level, IsPassed(x.Check) ? PenaltyStepState.Reached : IsFailed(x.Check) ? PenaltyStepState.NotReached : PenaltyStepState.Undetermined, x.Check))
            .ToList();
        return new PenaltyDecision(evaluation, applied, unknown, reasons, steps);
    }

    /// <summary>
    /// <c>MaxAllianceOpenings - used</c>, never negative; null when either is unknown. The param is read clamped into
    /// its range, so the difference always fits an <see cref="int"/>.
    /// </summary>
    public static int? OpeningsRemaining(Workflow workflow, int? used) => OpeningsRemaining(OpeningsMax(workflow), used);

    /// <summary><c>MaxAllianceOpenings</c>, clamped into <see cref="Openings"/> (so it fits an <see cref="int"/>); null when the workflow has none.</summary>
    public static int? OpeningsMax(Workflow workflow) => Parameter(workflow, MaxOpeningsParameter, Openings) is { } max ? (int)max : null;

    private static int? OpeningsRemaining(int? max, int? used)
        => used is { } u && max is { } m ? (int)Math.Clamp((long)m - u, 0L, int.MaxValue) : null;
}
