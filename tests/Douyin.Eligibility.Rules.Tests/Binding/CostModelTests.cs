using Douyin.Eligibility.Rules.Tests.Randomized;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Binding;

/// <summary>
/// The cost computed at load is an upper bound of the work done. Code compiled with <c>CountWork</c> counts one step
/// per node evaluated and per loop iteration, which is what the cost model charges for.
/// </summary>
public class CostModelTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static RuleSetOptions CountingOptions(int maxItems)
    {
        var options = RuleFiles.Options();
        options.CountWork = true;
        options.MaxSizes["Store.Items"] = maxItems;
        options.MaxSizes["Store.Tags"] = maxItems;
        return options;
    }

    private static string Quote(string expression) => System.Text.Json.JsonSerializer.Serialize(expression);

    private static Workflow Load(string json, RuleSetOptions options)
        => RuleSet.Load([RuleSource.FromText("cost.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf);

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Evaluate_GeneratedRulesAndStores_NeverWorkMoreThanTheirCost(int seed)
    {
        var generator = new RandomExpressionGenerator(seed);
        var random = new Random(seed);
        var checks = 0;
        for (var i = 0; i < 25; i++)
        {
            // Params over params, used several times, beside a random condition: all inside one rule's bound.
            var n0 = generator.Num(3, inLambda: false).Print();
            var n1 = generator.Num(2, inLambda: false).Print();
            var b0 = generator.Bool(3).Print();
            var condition = generator.Bool(4).Print();
            var json = $$"""
                {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}],
                 "GlobalParams": [{"Name": "N0", "Expression": {{Quote(n0)}}}, {"Name": "N1", "Expression": {{Quote($"N0 + ({n1}) + N0")}}}, {"Name": "B0", "Expression": {{Quote(b0)}}}],
                 "Rules": [
                   {"RuleName": "R", "Expression": {{Quote($"({condition}) && (B0 || N1 > 3 || N0 < N1) || !B0")}},
                    "ErrorMessage": "$(N1) $(store.Name + 'x')"},
                   {"RuleName": "Tags", "Expression": "store.Tags.Any(t => t + store.Name == 'ab') || store.Tags.Contains('a')"}]}
                """;
            var workflow = Load(json, CountingOptions(maxItems: 4));
            for (var j = 0; j < 16; j++)
            {
                var generated = generator.Store();
                var store = new Store
                {
                    Score = generated.Score, Count = generated.Count, Gmv = generated.Gmv, Flag = generated.Flag, Name = generated.Name, Items = generated.Items,
                    Tags = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(2) == 0 ? "a" : "b").ToArray(),
                };
                foreach (var result in workflow.Evaluate(AsOf, store).Results.Concat(workflow.Explain(AsOf, store).Results))
                {
                    result.Outcome.Should().NotBe(RuleOutcome.Error, result.ErrorMessage);
                    result.Work.Should().BePositive().And.BeLessThanOrEqualTo(result.Rule.Cost, "{0} on {1}", result.Rule.Expression, store.Name);
                    checks++;
                }
            }
        }

        checks.Should().Be(25 * 16 * 4);
    }

    [Fact]
    public void Evaluate_CollectionsAtTheirMaximum_WorkStaysWithinTheCost()
    {
        // The worst case the model assumes, reached: every loop runs to its maximum and nothing short-circuits.
        var json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [
              {"RuleName": "Nested", "Expression": "store.Items.All(a => store.Items.All(b => (a.Points ?? 0) + (b.Points ?? 0) >= 0))"},
              {"RuleName": "Sum", "Expression": "store.Items.Sum(i => i.Points) == 500"}]}
            """;
        var workflow = Load(json, CountingOptions(maxItems: 50));
        var store = new Store { Items = Enumerable.Range(0, 50).Select(_ => new Item { Points = 10 }).ToArray() };

        var results = workflow.Evaluate(AsOf, store).Results;
        results.Should().OnlyContain(r => r.Outcome == RuleOutcome.Passed);
        results[0].Work.Should().BeGreaterThan(50 * 50).And.BeLessThanOrEqualTo(results[0].Rule.Cost);
        results[1].Work.Should().BeGreaterThan(50).And.BeLessThanOrEqualTo(results[1].Rule.Cost);
    }

    [Fact]
    public void Cost_ParamUsedManyTimes_CountsItsValueOnce()
    {
        var once = Load("""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "GlobalParams": [{"Name": "P", "Expression": "store.Items.Count(i => i.Points > 1)"}], "Rules": [{"RuleName": "R", "Expression": "P > 1"}]}""", CountingOptions(100));
        var many = Load("""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "GlobalParams": [{"Name": "P", "Expression": "store.Items.Count(i => i.Points > 1)"}], "Rules": [{"RuleName": "R", "Expression": "P > 1 && P < 9 && P != 4 && P != 5"}]}""", CountingOptions(100));

        (many.Rules[0].Cost - once.Rules[0].Cost).Should().BeLessThan(20, "each further use is one read, not another loop");
    }

    [Fact]
    public void Cost_StringConcatenation_GrowsWithTheMaximumLengths()
    {
        var options = RuleFiles.Options();
        options.MaxSizes["Store.Name"] = 1_000;
        var cost = Load("""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "store.Name + store.Name == 'x'"}]}""", options).Rules[0].Cost;

        cost.Should().BeInRange(2_000, 2_100, "the concatenation copies two names of up to 1,000 characters");
    }
}
