using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Samples;

/// <summary>
/// The engine's fused verdict (<see cref="Workflow.Evaluate{TInput}"/>) over the sample data, for every version of every
/// shipped workflow: the outcomes of each rule's own delegate, and of <c>Evaluate</c> and <c>Explain</c>.
/// </summary>
public class SampleVerdictTests
{
    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => EligibilityEvaluator.CreateDefault());

    /// <summary>Each sample with its evaluation date (a product's is its merchant's).</summary>
    private static IEnumerable<(DateOnly AsOf, object Snapshot)> Samples()
    {
        var merchants = SampleDataTests.ReadAll<MerchantSnapshot>("merchants.jsonl");
        return merchants.Select(m => (m.AsOf, (object)m))
            .Concat(merchants.SelectMany(m => m.Products.Select(p => (m.AsOf, (object)p))))
            .Concat(SampleDataTests.ReadAll<BrandProviderSnapshot>("brand-providers.jsonl").Select(p => (p.AsOf, (object)p)))
            .Concat(SampleDataTests.ReadAll<StoreOperationProviderSnapshot>("store-operation-providers.jsonl").Select(p => (p.AsOf, (object)p)));
    }

    [Fact]
    public void EvaluateTyped_ShippedWorkflowsOverTheSamples_GiveEveryRulesOwnOutcome()
    {
        var samples = Samples().ToList();
        var checkedRules = 0;
        foreach (var workflow in Evaluator.Value.CurrentRuleSet.Workflows.Where(w => w.Inputs.Count == 1))
        {
            var outcomes = new RuleOutcome[workflow.Rules.Count];
            foreach (var (asOf, snapshot) in samples.Where(s => workflow.Inputs[0].Type.IsInstanceOfType(s.Snapshot)))
            {
                var expected = workflow.OutcomesPerRule(asOf, snapshot);

                var outcome = workflow.Evaluate(asOf, snapshot, outcomes.AsSpan());

                outcomes.Should().Equal(expected, "{0} on {1}", workflow, snapshot);
                workflow.Evaluate(asOf, snapshot).Outcomes.Should().Equal(expected);
                var explained = workflow.Explain(asOf, snapshot);
                explained.Results.Select(r => r.Outcome).Should().Equal(expected);
                explained.Outcome.Should().Be(outcome);
                checkedRules += outcomes.Length;
            }
        }

        checkedRules.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void EvaluateTyped_AllianceAdmissionOverTheSamples_AllocatesNothingAfterTheFirstCall()
    {
        var merchants = SampleDataTests.ReadAll<MerchantSnapshot>("merchants.jsonl");
        var workflow = Evaluator.Value.CurrentRuleSet.GetWorkflow("AllianceAdmission", merchants[0].AsOf);
        var outcomes = new RuleOutcome[workflow.Rules.Count];
        foreach (var merchant in merchants)
        {
            workflow.Evaluate(merchant.AsOf, merchant, outcomes.AsSpan());
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var merchant in merchants)
        {
            workflow.Evaluate(merchant.AsOf, merchant, outcomes.AsSpan());
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
