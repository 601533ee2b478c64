using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Tests.TestSupport;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.RulesEngine.Tests.Conformance;

/// <summary>The comparison itself: a difference between the backends is reported, with what the lead needs to find it.</summary>
public class ComparisonTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static RuleSet Load(string expression) => RuleSet.Load(
        [RuleSource.FromText("w.json", $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "Score", "Expression": "{{expression}}"}]}""")],
        new RuleSetOptions().AddInputType<Store>()).GetRuleSetOrThrow();

    [Fact]
    public void Compare_TranslationOfOtherRules_ReportsEachDisagreement()
    {
        var workflow = Load("store.Score > 4.1").GetWorkflow("W", AsOf);
        var other = new BackendComparison(Load("store.Score < 4.1"));
        var report = new ConformanceReport();

        foreach (var (score, id) in new (decimal?, string)[] { (4.5m, "high"), (3m, "low"), (null, "unknown") })
        {
            other.Compare(workflow, other.Translation.Workflows[0], new ConformanceCase(id, AsOf, new Store { Score = score }), report);
        }

        report.Comparisons.Should().Be(3);
        report.Disagreements.Should().Be(2);
        report.AllAgree.Should().BeFalse();
        report.Count(RuleOutcome.Indeterminate).Should().Be(1);
        var first = report.FirstDisagreements[0];
        (first.Rule, first.Case, first.BuiltIn, first.RulesEngine).Should().Be(("Score", "high @ 2024-07-25", RuleOutcome.Passed, RuleOutcome.Failed));
        first.Detail.Should().Contain("store.Score > 4.1").And.Contain("Score.True").And.Contain("Score.False");
        report.ToString().Should().Contain("1 x W / Score: built-in Passed, RulesEngine Failed").And.Contain("1 x W / Score: built-in Failed, RulesEngine Passed");
    }

    [Fact]
    public void Compare_WorkflowThatDidNotTranslate_IsAFailure()
    {
        var set = Load("store.Score > 4.1");
        var comparison = new BackendComparison(RulesEngineTranslator.Translate([]));
        var report = new ConformanceReport();

        comparison.Compare(set.GetVersions("W"), [new ConformanceCase("any", AsOf, new Store())], report);

        report.Failures.Should().ContainSingle().Which.Should().Contain("did not translate");
        report.AllAgree.Should().BeFalse();
    }

    [Fact]
    public void Difference_OtherSnapshot_NamesWhatDiffers()
    {
        using var evaluator = EligibilityEvaluator.CreateDefault();
        var merchant = MerchantCases.Generate(1, SnapshotKind.Valid, AsOfDates.Default).Single();

        var same = DecisionComparison.Difference(evaluator.EvaluateAllianceAdmission(merchant), evaluator.EvaluateAllianceAdmission(merchant));
        var unknownScore = DecisionComparison.Difference(evaluator.EvaluateAllianceAdmission(merchant), evaluator.EvaluateAllianceAdmission(merchant with { StoreScore = null, AsOf = SnapshotGenerator.AsOf }));
        var invalid = DecisionComparison.Difference(evaluator.EvaluateAllianceAdmission(merchant), evaluator.EvaluateAllianceAdmission(merchant with { Gmv30dFen = -1 }));

        same.Should().BeNull();
        unknownScore.Should().NotBeNull();
        invalid.Should().Contain("validation");
    }
}
