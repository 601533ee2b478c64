using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>How one rule's values and failures become its result, and where a failure is placed.</summary>
public class RuleRunnerTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static readonly Dictionary<string, Store> Stores = new()
    {
        ["zero count"] = new Store { Count = 0, Items = [new Item { Points = 0 }] },
        ["huge gmv"] = new Store { Gmv = long.MaxValue },
        ["nan ratio"] = new Store { Ratio = double.NaN },
        ["last day"] = new Store { Opened = DateOnly.MaxValue, Count = 1 },
    };

    private static string Workflow(string expression, string localParams = "")
        => $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R"{{localParams}}, "Expression": "{{expression}}"}]}""";

    private static RuleResult Run(string json, string store, bool explain)
    {
        var workflow = RuleFiles.LoadOrFail(json).GetWorkflow("W", AsOf);
        var result = explain ? workflow.Explain(AsOf, Stores[store]) : workflow.Evaluate(AsOf, Stores[store]);
        return result.Results[0];
    }

    [Theory]
    [InlineData("10 / store.Count > 1", "10 / store.Count", "zero count")]
    [InlineData("store.Count > 5 || 1 + 10 % store.Count > 1", "10 % store.Count", "zero count")]
    [InlineData("store.Gmv * store.Gmv > 0", "store.Gmv * store.Gmv", "huge gmv")]
    [InlineData("store.Ratio > 1", "store.Ratio", "nan ratio")]
    [InlineData("store.Items.Any(i => 10 / i.Points > 1)", "10 / i.Points", "zero count")]
    [InlineData("AddDays(store.Opened, store.Count) > AsOf", "AddDays(store.Opened, store.Count)", "last day")]
    public void Run_RuleThatFails_LocatesTheInnermostFailingPart(string expression, string failing, string store)
    {
        var json = Workflow(expression);
        var column = json.IndexOf(failing, StringComparison.Ordinal);

        foreach (var explain in new[] { false, true })
        {
            var result = Run(json, store, explain);

            result.Outcome.Should().Be(RuleOutcome.Error);
            result.ErrorLocation.Should().Be(new SourceLocation("rules.json", 0, column));
            result.ErrorMessage.Should().EndWith($" (at rules.json(1,{column + 1}))");
        }
    }

    [Theory]
    [InlineData("store.Name.StartsWith('a')", "store.Name", "Store.Name")]
    [InlineData("store.Count > 1 || store.Items.Any(i => i.Points > 1)", "store.Items.Any(i => i.Points > 1)", "Store.Items")]
    public void Run_ValuePastItsDeclaredMaximum_LocatesTheGuardedPart(string expression, string failing, string member)
    {
        var json = Workflow(expression);
        var options = RuleFiles.Options();
        options.MaxSizes[member] = 1;
        var workflow = RuleSet.Load([RuleSource.FromText("rules.json", json)], options).RuleSet!.GetWorkflow("W", AsOf);

        var result = workflow.Evaluate(AsOf, new Store { Name = "abc", Count = 0, Items = [new Item(), new Item()] }).Results[0];

        result.Outcome.Should().Be(RuleOutcome.Error);
        result.ErrorMessage.Should().Contain("declared maximum");
        result.ErrorLocation.Should().Be(new SourceLocation("rules.json", 0, json.IndexOf(failing, StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_ParamThatFails_LocatesThePartInTheParamsExpression()
    {
        var json = Workflow("Half >= 1", """, "LocalParams": [{"Name": "Half", "Expression": "store.Count / store.Count"}]""");

        var result = Run(json, "zero count", explain: false);

        result.Outcome.Should().Be(RuleOutcome.Error);
        result.ErrorLocation.Should().Be(new SourceLocation("rules.json", 0, json.IndexOf("store.Count / store.Count", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("store.Count == 0", RuleOutcome.Passed)]
    [InlineData("store.Count > 0", RuleOutcome.Failed)]
    [InlineData("store.Score > 1", RuleOutcome.Indeterminate)]
    public void Run_RuleThatDoesNotFail_HasNoErrorLocationOrMessage(string expression, RuleOutcome outcome)
    {
        var result = Run(Workflow(expression), "zero count", explain: false);

        result.Outcome.Should().Be(outcome);
        result.ErrorLocation.Should().BeNull();
        result.ErrorMessage.Should().BeNull();
    }

    [Fact]
    public void Run_NestedRuleThatFails_LocatesItsChild()
    {
        const string json = """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "All", "Operator": "And", "Rules": [{"RuleName": "A", "Expression": "store.Count == 0"}, {"RuleName": "B", "Expression": "1 / store.Count == 0"}]}]}""";

        var parent = RuleFiles.LoadOrFail(json).GetWorkflow("W", AsOf).Evaluate(AsOf, Stores["zero count"]).Results[0];

        parent.Outcome.Should().Be(RuleOutcome.Error);
        parent.ErrorLocation.Should().BeNull();
        parent.Children[1].ErrorLocation.Should().Be(new SourceLocation("rules.json", 0, json.IndexOf("1 / store.Count", StringComparison.Ordinal)));
    }
}
