using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Decisions;

namespace Douyin.Eligibility.Tests.Evaluation;

/// <summary>
/// A typed verdict allocates, beyond what the engine allocates to give the rules' outcomes, only the result: the
/// <c>EligibilityResult</c>, the decision and the evaluation its reasons are read from (about 220 bytes on 64-bit;
/// the bound leaves room for a field or two, not for a list, a reason or a validation object).
/// </summary>
public class EligibilityEvaluatorAllocationTests
{
    private const long ResultObjects = 256;

    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => EligibilityEvaluator.CreateDefault());

    [Fact]
    public void EvaluateAllianceAdmission_VerdictOnly_AllocatesOnlyTheResultBeyondTheEngine()
    {
        var merchants = DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl");
        var settings = new EvaluationSettings { Explain = false };
        var workflow = Evaluator.Value.EvaluateAllianceAdmission(merchants[0], settings).Decision!.Evaluation.Workflow;

        var typed = AllocatedPerCall(merchants, m => Evaluator.Value.EvaluateAllianceAdmission(m, settings));
        var engine = AllocatedPerCall(merchants, m => workflow.Evaluate(m.AsOf, m).Outcomes);

        (typed - engine).Should().BeLessThanOrEqualTo(ResultObjects);
    }

    [Fact]
    public void EvaluateAllianceAdmission_ExplainedReasonsNotRead_AllocatesOnlyTheResultBeyondTheEngine()
    {
        var merchants = DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl");
        var workflow = Evaluator.Value.EvaluateAllianceAdmission(merchants[0]).Decision!.Evaluation.Workflow;

        var typed = AllocatedPerCall(merchants, m => Evaluator.Value.EvaluateAllianceAdmission(m));
        var engine = AllocatedPerCall(merchants, m => workflow.Evaluate(m.AsOf, m).Outcomes);

        (typed - engine).Should().BeLessThanOrEqualTo(ResultObjects);
    }

    /// <summary>Bytes allocated on this thread per call, after a warm-up pass.</summary>
    private static long AllocatedPerCall(IReadOnlyList<MerchantSnapshot> merchants, Func<MerchantSnapshot, object> evaluate)
    {
        foreach (var merchant in merchants)
        {
            evaluate(merchant);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var merchant in merchants)
        {
            evaluate(merchant);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / merchants.Count;
    }
}
