using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>The outcome reader (the backend's, and exported as it is) on hand-made RulesEngine results.</summary>
public sealed class DouyinRuleOutcomesTests
{
    [Theory]
    [InlineData(true, false, null, DouyinOutcome.Passed)]
    [InlineData(false, true, null, DouyinOutcome.Failed)]
    [InlineData(false, false, null, DouyinOutcome.Indeterminate)]
    [InlineData(false, false, "Arithmetic operation resulted in an overflow.", DouyinOutcome.Error)]
    [InlineData(true, false, "Arithmetic operation resulted in an overflow.", DouyinOutcome.Error)]
    public void Read_LeafPair_FollowsThePairContract(bool whenTrue, bool whenFalse, string? exception, DouyinOutcome expected)
    {
        var results = Pair("StoreScore", whenTrue, whenFalse, exception);

        Text(DouyinRuleOutcomes.Read(results)).Should().Equal($"StoreScore={expected}");
    }

    [Fact]
    public void Read_NestedAnd_FailedDecidesBeforeErrorAndUnknown()
    {
        const string parent = "Modules";
        var results = Pair($"{parent}/A", false, false, "overflow", "And").Concat(Pair($"{parent}/B", false, true, null, "And")).Concat(Pair($"{parent}/C", false, false, null, "And")).Concat(Pair("Other", true, false)).ToList();

        var outcomes = DouyinRuleOutcomes.Read(results);

        Text(outcomes).Should().Equal($"{parent}=Failed", "Other=Passed");
        DouyinRuleOutcomes.Workflow(outcomes.Select(o => o.Value)).Should().Be(DouyinOutcome.Failed);
    }

    [Theory]
    [InlineData("And", new[] { DouyinOutcome.Passed, DouyinOutcome.Error, DouyinOutcome.Indeterminate }, DouyinOutcome.Error)]
    [InlineData("And", new[] { DouyinOutcome.Passed, DouyinOutcome.Indeterminate }, DouyinOutcome.Indeterminate)]
    [InlineData("And", new[] { DouyinOutcome.Passed, DouyinOutcome.Passed }, DouyinOutcome.Passed)]
    [InlineData("Or", new[] { DouyinOutcome.Failed, DouyinOutcome.Error, DouyinOutcome.Passed }, DouyinOutcome.Passed)]
    [InlineData("Or", new[] { DouyinOutcome.Failed, DouyinOutcome.Indeterminate }, DouyinOutcome.Indeterminate)]
    [InlineData("Or", new[] { DouyinOutcome.Failed, DouyinOutcome.Failed }, DouyinOutcome.Failed)]
    public void Combine_Outcomes_AsTheBuiltInEngineCombinesThem(string op, DouyinOutcome[] outcomes, DouyinOutcome expected)
        => DouyinRuleOutcomes.Combine(op, outcomes).Should().Be(expected);

    [Fact]
    public void Read_TwoLevelsOfNesting_CombinesEachLevelByItsOperator()
    {
        // Outer (Or) holds Inner (And: Passed, Indeterminate => Indeterminate) and D (Failed): Or gives Indeterminate.
        var results = Pair("Outer/Inner/A", true, false, null, "Or/And").Concat(Pair("Outer/Inner/B", false, false, null, "Or/And")).Concat(Pair("Outer/D", false, true, null, "Or")).ToList();

        Text(DouyinRuleOutcomes.Read(results)).Should().Equal("Outer=Indeterminate");
    }

    [Fact]
    public void Read_ResultWithoutTheDouyinProperties_IsRejected()
    {
        var results = new List<RuleResultTree> { new() { Rule = new Rule { RuleName = "Foreign", Properties = [] }, IsSuccess = true } };

        var read = () => DouyinRuleOutcomes.Read(results);

        read.Should().Throw<ArgumentException>().WithMessage("*Foreign*DouyinRule*");
    }

    private static IEnumerable<string> Text(IEnumerable<KeyValuePair<string, DouyinOutcome>> outcomes) => outcomes.Select(o => $"{o.Key}={o.Value}");

    private static List<RuleResultTree> Pair(string path, bool whenTrue, bool whenFalse, string? exception = null, string? operators = null) =>
    [
        Result(path, "True", whenTrue, exception, operators),
        Result(path, "False", whenFalse, null, operators),
    ];

    private static RuleResultTree Result(string path, string form, bool success, string? exception, string? operators)
    {
        var properties = new Dictionary<string, object> { ["DouyinRule"] = path, ["DouyinForm"] = form };
        if (operators is not null)
        {
            properties["DouyinOperators"] = operators;
        }

        return new() { Rule = new Rule { RuleName = $"{path}.{form}", Properties = properties }, IsSuccess = success, ExceptionMessage = exception };
    }
}
