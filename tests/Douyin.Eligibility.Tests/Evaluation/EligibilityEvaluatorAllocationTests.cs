using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Decisions;

namespace Douyin.Eligibility.Tests.Evaluation;

/// <summary>
/// A typed decision allocates only its result (the engine's verdict path allocates nothing): the
/// <c>EligibilityResult</c>, the decision and the evaluation its reasons are read from, about 220 bytes on 64-bit.
/// The bound leaves room for a field or two, not for a list, a reason, a rule result or a validation object.
/// </summary>
public class EligibilityEvaluatorAllocationTests
{
    private const long ResultObjects = 256;

    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => EligibilityEvaluator.CreateDefault());

    [Fact]
    public void EvaluateAllianceAdmission_VerdictOnly_AllocatesOnlyTheResult()
    {
        var settings = new EvaluationSettings { Explain = false };

        AllocatedPerCall(m => Evaluator.Value.EvaluateAllianceAdmission(m, settings)).Should().BeLessThanOrEqualTo(ResultObjects);
    }

    [Fact]
    public void EvaluateAllianceAdmission_ExplainedReasonsNotRead_AllocatesOnlyTheResult()
        => AllocatedPerCall(m => Evaluator.Value.EvaluateAllianceAdmission(m)).Should().BeLessThanOrEqualTo(ResultObjects);

    [Fact]
    public void EvaluateStoreOperationAdmission_VerdictOnly_AllocatesOnlyTheResult()
    {
        var providers = DecisionReasonTests.Read<StoreOperationProviderSnapshot>("store-operation-providers.jsonl");
        var settings = new EvaluationSettings { Explain = false };

        AllocatedPerCall(providers, p => Evaluator.Value.EvaluateStoreOperationAdmission(p, settings)).Should().BeLessThanOrEqualTo(ResultObjects);
    }

    private static long AllocatedPerCall(Func<MerchantSnapshot, object> evaluate)
        => AllocatedPerCall(DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl"), evaluate);

    /// <summary>Bytes allocated on this thread per call, after a warm-up pass.</summary>
    private static long AllocatedPerCall<T>(IReadOnlyList<T> snapshots, Func<T, object> evaluate)
    {
        foreach (var snapshot in snapshots)
        {
            evaluate(snapshot);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var snapshot in snapshots)
        {
            evaluate(snapshot);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / snapshots.Count;
    }
}
