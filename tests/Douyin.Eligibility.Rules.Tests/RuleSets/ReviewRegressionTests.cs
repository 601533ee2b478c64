using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>Defects found in review, each pinned by the smallest file that showed it.</summary>
public class ReviewRegressionTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static string Workflow(string name, string inputs, string extra, string rules)
        => $$"""{"WorkflowName": "{{name}}", "Inputs": [{{inputs}}] {{extra}}, "Rules": [{{rules}}]}""";

    [Fact]
    public void Load_InjectingItselfWithOtherCase_IsCycleNotStackOverflow()
    {
        var json = Workflow("A", """{"Name": "store", "Type": "Store"}""", """, "WorkflowsToInject": ["a"]""", """{"RuleName": "R", "Expression": "true"}""");
        RuleFiles.Errors(("a.json", json)).Should().ContainSingle().Which.Should().Contain("error DE4002");
    }

    [Fact]
    public void Evaluate_AddDaysOutsideTheCalendar_IsRuleErrorNotException()
    {
        var set = RuleFiles.LoadOrFail(Workflow("W", """{"Name": "store", "Type": "Store"}""", string.Empty, """{"RuleName": "R", "Expression": "AddDays(AsOf, 3000000) > AsOf"}"""));
        var result = set.GetWorkflow("W", AsOf).Evaluate(AsOf, new Store()).Results[0];
        result.Outcome.Should().Be(RuleOutcome.Error);
        result.ErrorMessage.Should().Contain("AddDays(2024-07-25, 3000000) falls outside the calendar");
    }

    [Fact]
    public void Evaluate_InjectedWorkflow_PositionalInputsAreItsOwn()
    {
        var sub = ("sub.json", Workflow("Sub", """{"Name": "a", "Type": "Store"}, {"Name": "b", "Type": "Store"}""", string.Empty, """{"RuleName": "FirstHasCount", "Expression": "input1.Count > 0"}"""));
        var host = ("host.json", Workflow("Host", """{"Name": "b", "Type": "Store"}, {"Name": "a", "Type": "Store"}""", """, "WorkflowsToInject": ["Sub"]""", """{"RuleName": "Own", "Expression": "true"}"""));
        var set = RuleFiles.Load(sub, host).RuleSet!;
        var a = new Store { Count = 5 };
        var b = new Store { Count = 0 };

        set.GetWorkflow("Sub", AsOf).Evaluate(AsOf, a, b).Results[0].Outcome.Should().Be(RuleOutcome.Passed);
        set.GetWorkflow("Host", AsOf).Evaluate(AsOf, b, a).Results[1].Outcome.Should().Be(RuleOutcome.Passed, "input1 of Sub is its 'a', the host's second input");
    }

    [Fact]
    public void Bind_ParamNamedLikeAnInput_ShadowsTheInput()
    {
        var set = RuleFiles.LoadOrFail(Workflow("W", """{"Name": "store", "Type": "Store"}""", """, "GlobalParams": [{"Name": "Count", "Expression": "2"}]""", """{"RuleName": "R", "Expression": "store.Count > Count"}"""));
        set.GetWorkflow("W", AsOf).Evaluate(AsOf, new Store { Count = 3 }).Passed.Should().BeTrue();
        var shadow = Workflow("V", """{"Name": "store", "Type": "Store"}""", """, "GlobalParams": [{"Name": "store", "Expression": "1"}]""", """{"RuleName": "R", "Expression": "store > 0"}""");
        RuleFiles.Load(("v.json", shadow)).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Lex_LongSuffixAfterFraction_IsInvalidNumber()
        => ExpressionHost.Errors("store.Score > 1.5L").Should().ContainSingle().Which.Should().Contain("error DE2003: '1.5L' is not a valid number.");

    [Fact]
    public void Lex_FullWidthDigit_SaysToUseAsciiDigits()
        => ExpressionHost.Errors("store.Count > ４").Should().Equal("test.json(1,15): error DE2001: Unexpected character '４'. Write numbers with the ASCII digits 0-9 (this one is full-width or from another script).");

    [Fact]
    public void Bind_UnaryPlusOnString_IsTypeError()
        => ExpressionHost.Errors("+store.Name == \"a\"").Should().Equal("test.json(1,1): error DE3004: Operator '+' needs a number, not string.");

    [Fact]
    public void Bind_UnaryPlusOnNumber_IsTheNumber()
        => ExpressionHost.Condition("+store.Count == 3", new Store { Count = 3 }).Should().BeTrue();

    private static string DoublingParams(int count)
    {
        var parameters = new List<string> { """{"Name": "P0", "Expression": "store.Count ?? 0"}""" };
        for (var i = 1; i <= count; i++)
        {
            parameters.Add($$"""{"Name": "P{{i}}", "Expression": "P{{i - 1}} + P{{i - 1}}"}""");
        }

        return Workflow("W", """{"Name": "store", "Type": "Store"}""", $$""", "GlobalParams": [{{string.Join(",", parameters)}}]""", $$"""{"RuleName": "R", "Expression": "P{{count}} > 0"}""");
    }

    [Fact]
    public void Load_ParamsDoublingThemselves_AreComputedOnceEachNotExpanded()
    {
        var set = RuleFiles.LoadOrFail(DoublingParams(30));
        var result = set.GetWorkflow("W", AsOf).Explain(AsOf, new Store { Count = 1 }).Results[0];
        result.Outcome.Should().Be(RuleOutcome.Passed, "P30 = 2^30 computed once per param");
        result.Rule.Cost.Should().BeLessThan(200, "each of the 31 params costs its value once");
    }

    [Fact]
    public void Load_ParamsNestedPastTheLimit_ReportParamNesting()
    {
        var errors = RuleFiles.Load(("w.json", DoublingParams(40))).Errors.ToList();
        errors.Should().NotBeEmpty().And.OnlyContain(d => d.Code == DiagnosticCodes.ParamsNestTooDeep);
        errors[0].Message.Should().StartWith("Param 'P32' uses params that use params 33 levels deep; the limit is 32");
    }

    [Fact]
    public void Load_ParamsUsedSeveralTimesWithinTheLimit_Load()
    {
        var json = Workflow("W", """{"Name": "store", "Type": "Store"}""", """, "GlobalParams": [{"Name": "A", "Expression": "store.Count ?? 0"}, {"Name": "B", "Expression": "A + A"}, {"Name": "C", "Expression": "B * B"}]""", """{"RuleName": "R", "Expression": "C == 36"}""");
        RuleFiles.LoadOrFail(json).GetWorkflow("W", AsOf).Evaluate(AsOf, new Store { Count = 3 }).Passed.Should().BeTrue();
    }
}
