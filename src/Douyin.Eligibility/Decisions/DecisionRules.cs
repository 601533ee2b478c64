using Douyin.Eligibility.Rules;
using static Douyin.Eligibility.Decisions.TypedRuleValues;

namespace Douyin.Eligibility.Decisions;

/// <summary>How each family's outcome derives from its rules' outcomes (docs/rule-conventions.md).</summary>
internal static class DecisionRules
{
    public static bool IsPassed(DecisionReason r) => r.Outcome == RuleOutcome.Passed;

    public static bool IsFailed(DecisionReason r) => r.Outcome == RuleOutcome.Failed;

    /// <summary>Indeterminate or Error: the rule could not be judged.</summary>
    public static bool IsUnknown(DecisionReason r) => r.Outcome is RuleOutcome.Indeterminate or RuleOutcome.Error;

    /// <summary>The checks that did not pass: the reasons of an admission or clearance.</summary>
    public static DecisionReason[] NotPassed(DecisionHeader header) => header.Checks.Where(c => !IsPassed(c)).ToArray();

    /// <summary>An admission decision without openings (a family of the host's own, store-operation admission).</summary>
    public static AdmissionDecision NewAdmission(DecisionHeader header, WorkflowResult result, object? input)
        => new(header, Admission(header.Checks), NotPassed(header), openingsRemaining: null);

    /// <summary>A clearance decision without openings (products, a family of the host's own).</summary>
    public static ClearanceDecision NewClearance(DecisionHeader header, WorkflowResult result, object? input)
        => new(header, Clearance(header.Checks), NotPassed(header), openingsRemaining: null);

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

    public static RenewalDecision Renewal(DecisionHeader header, IReadOnlyList<RuleInfo> rules)
    {
        var checks = header.Checks;
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
        var scorecard = new Scorecard(criteria, Parameter(header.Workflow, PassMarkParameter, PassMark) ?? 0m);

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

        return new RenewalDecision(header, outcome, reasons, scorecard);
    }

    public static PenaltyDecision Penalty(DecisionHeader header, IReadOnlyList<RuleInfo> rules)
    {
        var leveled = header.Checks
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
        return new PenaltyDecision(header, applied, unknown, reasons, steps);
    }

    /// <summary>
    /// <c>MaxAllianceOpenings - used</c>, never negative; null when either is unknown. The param is read clamped into
    /// its range, so the difference always fits an <see cref="int"/>.
    /// </summary>
    public static int? OpeningsRemaining(Workflow workflow, int? used)
        => used is { } u && Parameter(workflow, MaxOpeningsParameter, Openings) is { } max
            ? (int)Math.Clamp((long)max - u, 0L, int.MaxValue)
            : null;
}
