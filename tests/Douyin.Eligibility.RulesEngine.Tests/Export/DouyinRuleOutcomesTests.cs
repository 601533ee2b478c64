extern alias interop;

using RulesEngine.Models;
using DouyinOutcome = interop::Douyin.Eligibility.Interop.DouyinOutcome;
using DouyinRuleOutcomes = interop::Douyin.Eligibility.Interop.DouyinRuleOutcomes;
using DouyinWorkflows = interop::Douyin.Eligibility.Interop.DouyinWorkflows;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>The exported outcome reader (as the interop sample compiles it) on hand-made RulesEngine results.</summary>
public sealed class DouyinRuleOutcomesTests
{
    private const string Nested = "StoreOperationAdmission@2024-01-02";

    [Theory]
    [InlineData(true, false, null, DouyinOutcome.Passed)]
    [InlineData(false, true, null, DouyinOutcome.Failed)]
    [InlineData(false, false, null, DouyinOutcome.Indeterminate)]
    [InlineData(false, false, "Arithmetic operation resulted in an overflow.", DouyinOutcome.Error)]
    [InlineData(true, false, "Arithmetic operation resulted in an overflow.", DouyinOutcome.Error)]
    public void Read_LeafPair_FollowsThePairContract(bool whenTrue, bool whenFalse, string? exception, DouyinOutcome expected)
    {
        var results = Pair("StoreScore", whenTrue, whenFalse, exception);

        Text(DouyinRuleOutcomes.Read("AnyWorkflow@1", results)).Should().Equal($"StoreScore={expected}");
    }

    [Fact]
    public void Read_NestedAnd_FailedDecidesBeforeErrorAndUnknown()
    {
        var parent = DouyinWorkflows.NestedOperators[Nested].Keys.First();
        var results = Pair($"{parent}/A", false, false, "overflow").Concat(Pair($"{parent}/B", false, true)).Concat(Pair($"{parent}/C", false, false)).Concat(Pair("Other", true, false)).ToList();

        var outcomes = DouyinRuleOutcomes.Read(Nested, results);

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
    public void Read_ResultWithoutTheDouyinProperties_IsRejected()
    {
        var results = new List<RuleResultTree> { new() { Rule = new Rule { RuleName = "Foreign", Properties = [] }, IsSuccess = true } };

        var read = () => DouyinRuleOutcomes.Read("AnyWorkflow@1", results);

        read.Should().Throw<ArgumentException>().WithMessage("*Foreign*DouyinRule*");
    }

    private static IEnumerable<string> Text(IEnumerable<KeyValuePair<string, DouyinOutcome>> outcomes) => outcomes.Select(o => $"{o.Key}={o.Value}");

    private static List<RuleResultTree> Pair(string path, bool whenTrue, bool whenFalse, string? exception = null) =>
    [
        Result(path, "True", whenTrue, exception),
        Result(path, "False", whenFalse, null),
    ];

    private static RuleResultTree Result(string path, string form, bool success, string? exception) => new()
    {
        Rule = new Rule { RuleName = $"{path}.{form}", Properties = new() { ["DouyinRule"] = path, ["DouyinForm"] = form } },
        IsSuccess = success,
        ExceptionMessage = exception,
    };
}
