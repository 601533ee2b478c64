using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Commands.Diff;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands.Diff;

public sealed class ChangedWorkflowsTests
{
    [Fact]
    public void Between_SameRules_ReturnsNoWorkflow()
    {
        ChangedWorkflows.Between(Load(Fixtures.AdmissionRules()), Load(Fixtures.AdmissionRules())).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"Expression\": \"4.1\"", "\"Expression\": \"4.2\"")]
    [InlineData("merchant.StoreScore > MinStoreScore", "merchant.StoreScore >= MinStoreScore")]
    [InlineData("\"ReasonCode\": \"ALLIANCE_STORE_SCORE\"", "\"ReasonCode\": \"ALLIANCE_SCORE\"")]
    [InlineData("\"RuleName\": \"StoreScore\"", "\"RuleName\": \"Score\"")]
    [InlineData("\"WorkflowName\": \"AllianceAdmission\",", "\"WorkflowName\": \"AllianceAdmission\", \"Version\": \"2\",")]
    public void Between_OneDefinitionChanged_ReturnsTheWorkflow(string from, string to)
    {
        var before = Fixtures.AdmissionRules();
        var after = before.Replace(from, to, StringComparison.Ordinal);
        after.Should().NotBe(before, "the test must change the rule text");

        ChangedWorkflows.Between(Load(before), Load(after)).Should().Equal("AllianceAdmission");
    }

    private static RuleSet Load(string json)
    {
        var result = EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("admission.json", json)]);
        result.RuleSet.Should().NotBeNull();
        return result.RuleSet!;
    }
}
