using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>The results of a <see cref="WorkflowResult"/>: built one by one, when read, and kept.</summary>
public class WorkflowResultTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private const string Json = """
        {
          "WorkflowName": "W",
          "Inputs": [{ "Name": "store", "Type": "Store" }],
          "Rules": [
            { "RuleName": "Score", "Expression": "store.Score > 4.1" },
            { "RuleName": "Count", "Expression": "store.Count < 3" },
            { "RuleName": "Flag", "Expression": "store.Flag" }
          ]
        }
        """;

    private static Workflow Load()
        => RuleSet.Load([RuleSource.FromText("rules.json", Json)], RuleFiles.Options()).GetRuleSetOrThrow().GetWorkflow("W", AsOf);

    [Fact]
    public void Results_OneReadByIndex_IsTheSameObjectWhenEnumeratedLater()
    {
        var result = Load().Explain(AsOf, new Store { Score = 4.0m, Count = 1, Flag = null });

        var second = result.Results[1];
        var all = result.Results.ToList();

        all.Should().HaveCount(3);
        all[1].Should().BeSameAs(second);
        all.Select(r => r.Outcome).Should().Equal(RuleOutcome.Failed, RuleOutcome.Passed, RuleOutcome.Indeterminate);
        all.Select(r => r.Outcome).Should().Equal(result.Outcomes);
    }

    [Fact]
    public void Results_ReadFromManyThreads_GiveOneObjectPerRule()
    {
        var result = Load().Evaluate(AsOf, new Store { Score = 5m, Count = 7, Flag = true });

        var seen = Enumerable.Range(0, 64).AsParallel().Select(i => result.Results[i % 3]).ToList();

        seen.Distinct().Should().HaveCount(3);
        result.Results[1].Outcome.Should().Be(RuleOutcome.Failed);
    }
}
