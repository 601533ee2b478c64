using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Benchmarks.Admission;

/// <summary>Checks that the hand-written rules, RulesEngine and the typed API agree with the engine, rule by rule.</summary>
public static class AdmissionAgreement
{
    /// <summary>The counts of one check.</summary>
    public sealed record Report(int Snapshots, int Passed, int Failed, int Indeterminate, int HandWrittenDiffers, int SpanDiffers, int RulesEngineDiffers, int TypedDiffers, int Invalid)
    {
        /// <summary>Whether every backend agrees with the engine on every rule of every snapshot.</summary>
        public bool AllAgree => HandWrittenDiffers == 0 && SpanDiffers == 0 && RulesEngineDiffers == 0 && TypedDiffers == 0 && Invalid == 0;

        /// <inheritdoc />
        public override string ToString()
            => $"{Snapshots} snapshots: {Passed} eligible, {Failed} failed, {Indeterminate} indeterminate; rule outcomes differing from the engine: "
               + $"hand-written {HandWrittenDiffers}, Evaluate<T> span {SpanDiffers}, RulesEngine {RulesEngineDiffers}; typed decisions differing {TypedDiffers}, invalid snapshots {Invalid}";
    }

    /// <summary>Evaluates every snapshot on every backend and counts the differences.</summary>
    public static Report Check(IReadOnlyList<MerchantSnapshot> snapshots, Workflow workflow, RulesEngineAdmission rulesEngine, EligibilityEvaluator evaluator)
    {
        Span<RuleOutcome> hand = stackalloc RuleOutcome[HandWrittenAdmission.RuleCount];
        Span<RuleOutcome> re = stackalloc RuleOutcome[HandWrittenAdmission.RuleCount];
        Span<RuleOutcome> span = stackalloc RuleOutcome[32];
        int passed = 0, failed = 0, unknown = 0, handDiffers = 0, spanDiffers = 0, reDiffers = 0, typedDiffers = 0, invalid = 0;
        foreach (var s in snapshots)
        {
            var result = workflow.Evaluate(s.AsOf, s);
            var outcomes = result.Outcomes;
            HandWrittenAdmission.Evaluate(s, s.AsOf, hand);
            rulesEngine.Evaluate(s, s.AsOf, re);
            spanDiffers += workflow.Evaluate(s.AsOf, s, span) != result.Outcome ? 1 : 0;
            for (var i = 0; i < HandWrittenAdmission.RuleCount; i++)
            {
                handDiffers += hand[i] != outcomes[i] ? 1 : 0;
                reDiffers += re[i] != outcomes[i] ? 1 : 0;
                spanDiffers += span[i] != outcomes[i] ? 1 : 0;
            }

            switch (result.Outcome)
            {
                case RuleOutcome.Passed: passed++; break;
                case RuleOutcome.Failed: failed++; break;
                default: unknown++; break;
            }

            var typed = evaluator.EvaluateAllianceAdmission(s, new EvaluationSettings { Explain = false });
            if (typed.Decision is not { } decision)
            {
                invalid++;
            }
            else if (decision.IsEligible != result.Passed || decision.IsIndeterminate != (result.Outcome == RuleOutcome.Indeterminate))
            {
                typedDiffers++;
            }
        }

        return new Report(snapshots.Count, passed, failed, unknown, handDiffers, spanDiffers, reDiffers, typedDiffers, invalid);
    }
}
