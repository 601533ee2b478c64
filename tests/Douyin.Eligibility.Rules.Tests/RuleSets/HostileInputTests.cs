using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>Whatever a rule file holds, loading reports diagnostics; it never throws or overflows the stack.</summary>
public class HostileInputTests
{
    [Fact]
    public void Load_DeeplyNestedJson_ReportsInvalidJson()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        RuleFiles.Load(("deep.json", json)).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.InvalidJson);
    }

    [Fact]
    public void Load_DeeplyNestedExpressionInFile_ReportsNestingTooDeep()
    {
        var expression = new string('(', 1_500) + "true" + new string(')', 1_500);
        var json = $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "{{expression}}"}]}""";
        RuleFiles.Load(("deep.json", json)).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NestingTooDeep);
    }

    [Fact]
    public void Load_NestedRulesFortyDeep_LoadAndEvaluate()
    {
        var rule = """{"RuleName": "Leaf", "Expression": "true"}""";
        for (var i = 0; i < 40; i++)
        {
            rule = $$"""{"RuleName": "N{{i}}", "Operator": "And", "Rules": [{{rule}}]}""";
        }

        var json = $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{rule}}]}""";
        var set = RuleFiles.LoadOrFail(json);
        var asOf = new DateOnly(2024, 1, 1);
        set.GetWorkflow("W", asOf).Evaluate(asOf, new Store()).Outcome.Should().Be(RuleOutcome.Passed);
    }

    [Theory]
    [InlineData("\"\\u0000\"")]
    [InlineData("\"store.Score > 1e5\"")]
    [InlineData("\"store.Score > 99999999999999999999999999999999\"")]
    [InlineData("\"store.Name == 'unterminated\"")]
    [InlineData("\"#\"")]
    [InlineData("\"store..Score\"")]
    [InlineData("\"store.Items.Any(x =>)\"")]
    [InlineData("\"((((\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[\"a\"]")]
    public void Load_MalformedExpression_GivesDiagnosticsNotExceptions(string expressionJson)
    {
        var json = $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": {{expressionJson}}}]}""";
        var result = RuleFiles.Load(("bad.json", json));
        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().NotBeEmpty().And.OnlyContain(d => d.Location.Path == "bad.json" && d.Location.Line == 0);
    }
}
