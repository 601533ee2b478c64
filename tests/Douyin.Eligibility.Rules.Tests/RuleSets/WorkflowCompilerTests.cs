using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>Diagnostics the workflow compiler reports after binding, placed with the bound tree's positions.</summary>
public class WorkflowCompilerTests
{
    private static string ChainOfParams(int count, Func<int, string> expression)
    {
        var parameters = Enumerable.Range(1, count).Select(i => $$"""{"Name": "P{{i}}", "Expression": "{{expression(i)}}"}""");
        return $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "GlobalParams": [{"Name": "P0", "Expression": "store.Count"}, {{string.Join(", ", parameters)}}], "Rules": [{"RuleName": "R", "Expression": "P{{count}} > 0"}]}""";
    }

    [Theory]
    [InlineData("store.Count + P{0}", "store.Count + ")]
    [InlineData("P{0} + 1", "")]
    [InlineData("store.Count > 1 ? P{0} : store.Count", "store.Count > 1 ? ")]
    public void Compile_ParamsNestedTooDeep_PointsAtTheParamUse(string template, string before)
    {
        var json = ChainOfParams(33, i => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, i - 1));
        var offending = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, 31);

        var errors = RuleFiles.Load(("rules.json", json)).Errors;

        var error = errors.Should().ContainSingle().Which;
        error.Code.Should().Be(DiagnosticCodes.ParamsNestTooDeep);
        error.Location.Should().Be(new SourceLocation("rules.json", 0, json.IndexOf($"\"{offending}\"", StringComparison.Ordinal) + 1 + before.Length));
    }

    [Fact]
    public void Compile_ParamUsingADeepParamTwice_PointsAtTheFirstUse()
    {
        var json = ChainOfParams(32, i => i == 32 ? "P31 * 2 + P31" : $"store.Count + P{i - 1}");

        var error = RuleFiles.Load(("rules.json", json)).Errors.Should().ContainSingle().Which;

        error.Location.Column.Should().Be(json.IndexOf("\"P31 * 2", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Compile_BadPlaceholdersInSeveralMessages_ReportsEachAtLoad()
    {
        var json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [
              {"RuleName": "R", "Expression": "store.Score > 4", "ErrorMessage": "score $(store.Scor)",
               "Messages": {"en": "items $(store.Items)", "zh-CN": "open $(store.Score"}}]}
            """;

        var codes = RuleFiles.Load(("rules.json", json)).Errors.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ToArray();

        codes.Should().Equal(
            (DiagnosticCodes.UnknownMember, 1, json.Split('\n')[1].IndexOf("Scor)", StringComparison.Ordinal)),
            (DiagnosticCodes.PlaceholderNotScalar, 2, json.Split('\n')[2].IndexOf("store.Items", StringComparison.Ordinal)),
            (DiagnosticCodes.UnterminatedPlaceholder, 2, json.Split('\n')[2].IndexOf("$(store.Score", StringComparison.Ordinal)));
    }

    [Fact]
    public void Evaluate_FailingRuleAfterLoad_FormatsItsMessagePlaceholders()
    {
        var set = RuleFiles.LoadOrFail("""
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "GlobalParams": [{"Name": "Min", "Expression": "4.1"}], "Rules": [
              {"RuleName": "R", "Expression": "store.Score > Min", "ErrorMessage": "score $(store.Score) is not above $(Min) ($(store.Score - Min))"}]}
            """);

        var result = set.GetWorkflow("W", ExpressionHost.AsOf).Evaluate(ExpressionHost.AsOf, new Store { Score = 3.9m });

        result.Results.Should().ContainSingle().Which.Message.Should().Be("score 3.9 is not above 4.1 (-0.2)");
    }
}
