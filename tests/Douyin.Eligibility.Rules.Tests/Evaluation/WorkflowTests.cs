using System.Globalization;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

public class WorkflowTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private const string Admission = """
        {
          "WorkflowName": "Admission",
          "Inputs": [{ "Name": "store", "Type": "Store" }],
          "GlobalParams": [{ "Name": "MinScore", "Expression": "4.1" }, { "Name": "MinRate", "Expression": "0.75" }],
          "Rules": [
            {
              "RuleName": "Score",
              "ReasonCode": "LOW_SCORE",
              "SuccessEvent": "score-ok",
              "Expression": "store.Score > MinScore",
              "ErrorMessage": "Score $(store.Score) is not above $(MinScore)",
              "Messages": { "zh-CN": "店铺评分 $(store.Score) 未高于 $(MinScore)", "en": "Store score $(store.Score) is not above $(MinScore)" }
            },
            {
              "RuleName": "Quality",
              "Operator": "OrElse",
              "Rules": [
                { "RuleName": "Rate", "Expression": "store.Rate > MinRate" },
                { "RuleName": "Flagship", "Expression": "store.Kind == \"Flagship\"" }
              ]
            },
            { "RuleName": "Disabled", "Enabled": false, "Expression": "false" },
            { "RuleName": "Ratio", "LocalParams": [{ "Name": "Half", "Expression": "store.Count / 2" }], "Expression": "Half >= 1" }
          ]
        }
        """;

    private static Workflow Workflow() => RuleFiles.LoadOrFail(Admission).GetWorkflow("Admission", AsOf);

    [Fact]
    public void Evaluate_AllRulesPass_IsSuccess()
    {
        var result = Workflow().Evaluate(AsOf, new Store { Score = 4.5m, Rate = 0.8m, Count = 2 });
        result.Passed.Should().BeTrue();
        result.Results.Select(r => r.Name).Should().Equal("Score", "Quality", "Ratio");
        result.Results[0].SuccessEvent.Should().Be("score-ok");
    }

    [Fact]
    public void Evaluate_NestedOr_PassesWhenOneChildPasses()
    {
        var result = Workflow().Evaluate(AsOf, new Store { Score = 4.5m, Rate = null, Kind = StoreKind.Flagship, Count = 2 });
        var quality = result.Results[1];
        quality.Outcome.Should().Be(RuleOutcome.Passed);
        quality.Children.Select(c => c.Outcome).Should().Equal(RuleOutcome.Indeterminate, RuleOutcome.Passed);
        quality.MissingFields.Should().BeEmpty("a decided combination owes no account of what was missing");
        quality.Children[0].MissingFields.Should().Equal("store.Rate");
    }

    [Fact]
    public void Evaluate_MissingValue_IsIndeterminateAndNamesIt()
    {
        var result = Workflow().Evaluate(AsOf, new Store { Rate = 0.8m, Count = 2 });
        result.Outcome.Should().Be(RuleOutcome.Indeterminate);
        result.Results[0].Outcome.Should().Be(RuleOutcome.Indeterminate);
        result.Results[0].MissingFields.Should().Equal("store.Score");
    }

    [Fact]
    public void Evaluate_NestedOrUndecided_CollectsChildrensMissingFields()
    {
        var quality = Workflow().Evaluate(AsOf, new Store { Score = 4.5m, Count = 2 }).Results[1];
        quality.Outcome.Should().Be(RuleOutcome.Indeterminate);
        quality.MissingFields.Should().Equal("store.Rate", "store.Kind");
    }

    [Fact]
    public void Evaluate_FailureBeatsIndeterminate_ForTheWorkflow()
        => Workflow().Evaluate(AsOf, new Store { Score = 4.0m, Count = 2 }).Outcome.Should().Be(RuleOutcome.Failed);

    [Fact]
    public void Evaluate_DivisionByZeroInRule_IsErrorNotException()
    {
        const string json = """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "10 / store.Count > 1"}, {"RuleName": "S", "Expression": "store.Count == 0"}]}""";
        var result = RuleFiles.LoadOrFail(json).GetWorkflow("W", AsOf).Evaluate(AsOf, new Store { Count = 0 });
        result.Results[0].Outcome.Should().Be(RuleOutcome.Error);
        var column = json.IndexOf("10 / store.Count", StringComparison.Ordinal);
        result.Results[0].ErrorLocation.Should().Be(new SourceLocation("rules.json", 0, column));
        result.Results[0].ErrorMessage.Should().Be($"Rule 'R' could not be evaluated: Attempted to divide by zero. (at rules.json(1,{column + 1}))");
        result.Results[1].Outcome.Should().Be(RuleOutcome.Passed);
        result.Outcome.Should().Be(RuleOutcome.Error);
    }

    [Fact]
    public void GetMessage_CultureWithOrWithoutMessages_FormatsWithFallback()
    {
        var score = Workflow().Evaluate(AsOf, new Store { Score = 4.05m, Count = 2 }).Results[0];
        score.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("店铺评分 4.05 未高于 4.1");
        score.GetMessage(CultureInfo.GetCultureInfo("en-US")).Should().Be("Store score 4.05 is not above 4.1");
        score.GetMessage(CultureInfo.GetCultureInfo("fr-FR")).Should().Be("Score 4.05 is not above 4.1");
        score.Message.Should().Be("Score 4.05 is not above 4.1");
        score.Rule.ReasonCode.Should().Be("LOW_SCORE");
    }

    [Fact]
    public void Explain_FailedThreshold_CarriesTraceAndGaps()
    {
        var score = Workflow().Explain(AsOf, new Store { Score = 4.05m, Count = 2 }).Results[0];
        score.Trace.Select(t => t.ToString()).Should().Equal("store.Score (4.05) > MinScore (4.1) → false");
        score.Gaps.Should().ContainSingle().Which.Required.Should().Be(4.11m);
    }

    [Fact]
    public void Evaluate_WithoutExplain_HasNoTrace()
        => Workflow().Evaluate(AsOf, new Store { Score = 4.05m, Count = 2 }).Results[0].Trace.Should().BeEmpty();

    [Fact]
    public void Evaluate_WrongInputType_ThrowsArgumentException()
    {
        var act = () => Workflow().Evaluate(AsOf, new Owner());
        act.Should().Throw<ArgumentException>().WithMessage("Input 'store' of workflow 'Admission' must be Store, not Owner.*");
    }

    [Fact]
    public void Evaluate_WrongInputCount_ThrowsArgumentException()
    {
        var act = () => Workflow().Evaluate(AsOf);
        act.Should().Throw<ArgumentException>().WithMessage("Workflow 'Admission' takes 1 input(s) (store) but was given 0.*");
    }

    [Fact]
    public void GetWorkflow_DatedVersions_PicksVersionInForce()
    {
        var a = ("a.json", """{"WorkflowName": "W", "Version": "v1", "EffectiveTo": "2022-08-21", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "store.Score >= 4.5"}]}""");
        var b = ("b.json", """{"WorkflowName": "W", "Version": "v2", "EffectiveFrom": "2022-08-22", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "store.Score >= 4.2"}]}""");
        var set = RuleFiles.Load(a, b).RuleSet!;
        var store = new Store { Score = 4.3m };
        set.GetWorkflow("W", new DateOnly(2022, 8, 21)).Evaluate(new DateOnly(2022, 8, 21), store).Passed.Should().BeFalse();
        set.GetWorkflow("W", new DateOnly(2022, 8, 22)).Evaluate(new DateOnly(2022, 8, 22), store).Passed.Should().BeTrue();
        set.GetWorkflowVersion("W", "v1").EffectiveTo.Should().Be(new DateOnly(2022, 8, 21));
    }

    [Fact]
    public void GetWorkflow_NoVersionInForce_ThrowsWithPeriods()
    {
        var set = RuleFiles.LoadOrFail("""{"WorkflowName": "W", "EffectiveFrom": "2022-08-22", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""");
        var act = () => set.GetWorkflow("W", new DateOnly(2020, 1, 1));
        act.Should().Throw<KeyNotFoundException>().WithMessage("No version of workflow 'W' is in force on 2020-01-01; versions cover 2022-08-22 to ….");
    }

    [Fact]
    public async Task Workflow_EvaluatedConcurrently_GivesSameResults()
    {
        var workflow = Workflow();
        var stores = Enumerable.Range(0, 200).Select(i => new Store { Score = 4 + (i % 3) * 0.1m, Rate = 0.8m, Count = i % 4 }).ToArray();
        var expected = stores.Select(s => workflow.Evaluate(AsOf, s).Outcome).ToArray();
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => stores.Select(s => workflow.Explain(AsOf, s).Outcome).ToArray()));
        foreach (var outcomes in await Task.WhenAll(tasks))
        {
            outcomes.Should().Equal(expected);
        }
    }

    [Fact]
    public void GetWorkflow_DisabledVersion_IsNotChosenByDateButCanBeNamed()
    {
        var a = ("a.json", """{"WorkflowName": "W", "Version": "dated", "EffectiveFrom": "2020-01-01", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""");
        var b = ("b.json", """{"WorkflowName": "W", "Version": "alt", "Enabled": false, "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "false"}]}""");
        var set = RuleFiles.Load(a, b).RuleSet!;
        set.GetWorkflow("W", AsOf).Version.Should().Be("dated");
        set.GetWorkflowVersion("W", "alt").IsEnabled.Should().BeFalse();
    }

    [Fact]
    public void Parameters_ConstantGlobalParams_AreListed()
        => Workflow().Parameters.Should().BeEquivalentTo(new Dictionary<string, object?> { ["MinScore"] = 4.1m, ["MinRate"] = 0.75m });
}
