using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>
/// A workflow as large as <see cref="ExpressionLimits.MaxRulesPerWorkflow"/> allows. How long it takes is measured by
/// the benchmarks, never here; this checks that every rule is read, bound and kept, in order, and still placed right.
/// </summary>
public class RuleSetScaleTests
{
    [Fact]
    public void Load_AsManyRulesAsTheLimitAllows_KeepsEveryRuleAndPlacesTheLastWarning()
    {
        var count = new ExpressionLimits().MaxRulesPerWorkflow;
        var rules = Enumerable.Range(0, count).Select(i => i < count - 1
            ? $$"""{"RuleName": "R{{i}}", "Expression": "store.Count > {{i}}", "ErrorMessage": "count $(store.Count) is not above {{i}}"}"""
            : $$"""{"RuleName": "R{{i}}", "Expression": "store.Count > {{i}}", "ErrorType": "Error"}""");
        var json = $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{"\n" + string.Join(",\n", rules)}}]}""";

        var result = RuleFiles.Load(("rules.json", json));

        var warning = result.Diagnostics.Should().ContainSingle().Which;
        warning.Code.Should().Be(DiagnosticCodes.LegacyProperty);
        warning.Location.Line.Should().Be(count);
        var workflow = result.RuleSet!.GetWorkflow("W", ExpressionHost.AsOf);
        workflow.Rules.Select(r => r.Name).Should().Equal(Enumerable.Range(0, count).Select(i => $"R{i}"));
    }
}
