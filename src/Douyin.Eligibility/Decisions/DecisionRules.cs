using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>How each family's outcome derives from its rules' outcomes (docs/rule-conventions.md).</summary>
internal static class DecisionRules
{
    public const string CriterionProperty = "Criterion";
    public const string PointsProperty = "Points";
    public const string PenaltyLevelProperty = "PenaltyLevel";
    public const string PassMarkParameter = "ScorecardPassMark";
    public const string MaxOpeningsParameter = "MaxAllianceOpenings";

    public static bool IsPassed(DecisionReason r) => r.Outcome == RuleOutcome.Passed;

    public static bool IsFailed(DecisionReason r) => r.Outcome == RuleOutcome.Failed;

    /// <summary>Indeterminate or Error: the rule could not be judged.</summary>
    public static bool IsUnknown(DecisionReason r) => r.Outcome is RuleOutcome.Indeterminate or RuleOutcome.Error;

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
                bands.Add((checks[i], criterion, Number(rules[i], PointsProperty) ?? 0m));
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
        var scorecard = new Scorecard(criteria, Parameter(header.Workflow, PassMarkParameter) ?? 0m);

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
            .Select((check, i) => (Check: check, Level: Enum.TryParse<PenaltyLevel>(Text(rules[i], PenaltyLevelProperty), ignoreCase: true, out var level) ? level : PenaltyLevel.None))
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
        return new PenaltyDecision(header, applied, unknown, reasons);
    }

    /// <summary><c>MaxAllianceOpenings - used</c>, never negative; null when either is unknown.</summary>
    public static int? OpeningsRemaining(Workflow workflow, int? used)
        => used is { } u && Parameter(workflow, MaxOpeningsParameter) is { } max
            ? (int)Math.Max(0m, max - u)
            : null;

    /// <summary>A constant GlobalParam as a number.</summary>
    public static decimal? Parameter(Workflow workflow, string name)
        => workflow.Parameters.TryGetValue(name, out var value) ? value switch
        {
            int i => i,
            long l => l,
            decimal d => d,
            double d when double.IsFinite(d) => (decimal)d,
            _ => null,
        }
        : null;

    private static string? Text(RuleInfo rule, string property)
        => rule.Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? Number(RuleInfo rule, string property)
        => rule.Properties.TryGetValue(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        }
        : null;
}
