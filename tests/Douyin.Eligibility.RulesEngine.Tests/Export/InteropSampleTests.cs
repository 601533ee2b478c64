using Douyin.Eligibility.RulesEngine.Tests.Support;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>The interop sample (plain RulesEngine over the committed export, no reference to our engine) against the built-in engine, on the sample data.</summary>
public sealed class InteropSampleTests
{
    [Fact]
    public void Run_SampleData_GivesTheBuiltInOutcomesForEverySubjectAndVersion()
    {
        var run = InteropComparison.Run(ShippedRules.SampleDirectory);

        run.Results.Select(r => (r.Subject, r.WorkflowName)).Should().BeEquivalentTo(run.Expected);
        run.Results.Select(r => r.WorkflowName).Distinct().Should().BeEquivalentTo(
            ShippedRules.Comparison.Translation.Workflows.Select(w => w.WorkflowName), "every exported version runs on some sample subject");
        run.Disagreements.Should().BeEmpty();
        run.Results.Select(r => r.Outcome.ToString()).Distinct().Should().Contain(["Passed", "Failed", "Indeterminate"], "the sample data covers every outcome");
    }
}
