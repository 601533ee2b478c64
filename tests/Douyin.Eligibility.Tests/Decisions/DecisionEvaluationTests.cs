using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;

namespace Douyin.Eligibility.Tests.Decisions;

/// <summary>A decision explains itself only when asked: its reasons build messages and traces on first read, once, on any thread.</summary>
public class DecisionEvaluationTests
{
    private static MerchantSnapshot Failing() => TestRules.GoodMerchant() with { StoreScore = 4.05m, PositiveRate = null };

    [Fact]
    public void Evaluate_ReasonsNotRead_DoesNotRunTheExplainingVariant()
    {
        var decision = TestRules.Evaluator.EvaluateAllianceAdmission(Failing()).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.Reasons.Select(r => (r.Code, r.RuleName, r.Outcome)).Should().HaveCount(2);
        decision.Evaluation.IsExplained.Should().BeTrue();
        decision.Evaluation.HasRuleResults.Should().BeFalse("nothing but codes, names and outcomes was read");
    }

    [Fact]
    public void Evaluate_ReasonRead_ExplainsOnceAndKeepsIt()
    {
        var decision = TestRules.Evaluator.EvaluateAllianceAdmission(Failing()).Decision!;

        var gap = decision.Reasons[0].Gap;

        decision.Evaluation.HasRuleResults.Should().BeTrue();
        gap.Should().NotBeNull();
        decision.Reasons[0].Should().BeSameAs(decision.Checks.First(c => c.Outcome == RuleOutcome.Failed));
        decision.Reasons[0].Gap.Should().BeSameAs(gap);
    }

    [Fact]
    public void Reasons_ReadOnManyThreads_AreTheSameObjectsWithTheSameValues()
    {
        var decision = TestRules.Evaluator.EvaluateAllianceAdmission(Failing(), TestRules.En).Decision!;
        var seen = new (DecisionReason Reason, string Message, string? Condition)[8][];

        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
            seen[t] = decision.Reasons.Select(r => (r, r.Message, r.Condition)).ToArray());

        foreach (var reasons in seen)
        {
            reasons.Select(r => r.Reason).Should().Equal(decision.Reasons, (a, b) => ReferenceEquals(a, b));
            reasons.Select(r => (r.Message, r.Condition)).Should().Equal(seen[0].Select(r => (r.Message, r.Condition)));
        }
    }

    [Fact]
    public void Checks_IndexOutOfRange_Throws()
    {
        var decision = TestRules.Evaluator.EvaluateAllianceAdmission(Failing()).Decision!;

        var read = () => decision.Checks[decision.Checks.Count];

        read.Should().Throw<ArgumentOutOfRangeException>();
    }
}
