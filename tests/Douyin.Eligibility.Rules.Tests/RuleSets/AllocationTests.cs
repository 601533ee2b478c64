using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>
/// The verdict path allocates the results and nothing per condition: a rule with collection lambdas,
/// arithmetic and params costs the same bytes as a rule with one comparison.
/// </summary>
public class AllocationTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static Workflow Load(params string[] expressions)
    {
        var rules = string.Join(",", expressions.Select((e, i) => $$"""{"RuleName": "R{{i}}", "Expression": "{{e}}"}"""));
        return RuleFiles.LoadOrFail($$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "GlobalParams": [{"Name": "Min", "Expression": "4.1"}], "Rules": [{{rules}}]}""")
            .GetWorkflow("W", AsOf);
    }

    private static long BytesPerEvaluation(Workflow workflow, Store store)
    {
        for (var i = 0; i < 100; i++)
        {
            workflow.Evaluate(AsOf, store);
        }

        const int runs = 1_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            workflow.Evaluate(AsOf, store);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
    }

    [Fact]
    public void Evaluate_ComplexConditions_AllocateNoMoreThanSimpleOnes()
    {
        var store = new Store { Score = 4.5m, Count = 3, Gmv = 100, Items = [new Item { Amount = 2, Points = 1, Date = AsOf }, new Item { Amount = 3, Points = 2, Date = AsOf }] };
        var simple = Load("store.Score > Min", "store.Count > 1", "store.Gmv > 0");
        var complex = Load(
            "store.Items.Any(i => i.Amount > 1 && WithinLastDays(i.Date, 365)) && store.Items.Sum(i => i.Points) >= 3",
            "(store.Score ?? 0) * 2 - store.Count > Min && store.Items.All(i => i.Points >= 1)",
            "store.Items.Count(i => i.Amount >= 2) == 2 || store.Gmv / 2 > 10");

        var simpleBytes = BytesPerEvaluation(simple, store);
        var complexBytes = BytesPerEvaluation(complex, store);

        complexBytes.Should().Be(simpleBytes);
    }

    [Fact]
    public void Evaluate_MoreRules_BytesGrowOnlyWithTheirNumber()
    {
        var store = new Store { Score = 4.5m, Count = 3, Gmv = 100 };
        var three = BytesPerEvaluation(Load("store.Score > Min", "store.Count > 1", "store.Gmv > 0"), store);
        var six = BytesPerEvaluation(Load("store.Score > Min", "store.Count > 1", "store.Gmv > 0", "store.Score > 1", "store.Count > 0", "store.Gmv > 1"), store);
        var perRule = (six - three) / 3;

        perRule.Should().BeLessThanOrEqualTo(96, "a rule costs its result object and its slots in the result arrays");
        (three - (3 * perRule)).Should().BeLessThanOrEqualTo(256, "the fixed cost is the params array, the evaluation state, the result arrays and the workflow result");
    }
}
