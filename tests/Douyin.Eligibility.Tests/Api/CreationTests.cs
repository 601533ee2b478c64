using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.Api;

public class CreationTests
{
    [Fact]
    public void Create_TestRules_LoadsEveryWorkflow()
    {
        using var evaluator = EligibilityEvaluator.Create(TestRules.Directory);

        evaluator.CurrentRuleSet.WorkflowNames.Should().BeEquivalentTo(EligibilityWorkflows.All);
        evaluator.IsWatchingForChanges.Should().BeFalse();
    }

    [Fact]
    public void Create_BadRules_ThrowsListingEveryDiagnostic()
    {
        using var rules = TestRules.Copy();
        rules.Edit("alliance/admission.json", "merchant.StoreScore > MinStoreScore", "merchant.StoreScor > MinStoreScore");
        rules.Edit("alliance/clearance.json", "\"Rules\": [", "\"Rulez\": 1, \"Rules\": [");

        var act = () => EligibilityEvaluator.Create(rules.Path);

        var exception = act.Should().Throw<RuleSetLoadException>().Which;
        exception.Message.Should().MatchRegex(@"admission\.json\(\d+,\d+\): error DE3002: ");
        exception.Message.Should().MatchRegex(@"clearance\.json\(\d+,\d+\): error DE1003: ");
        exception.Diagnostics.Count(d => d.IsError).Should().Be(2);
    }

    [Fact]
    public void Create_MissingDirectory_ThrowsWithTheDirectoryNamed()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N"));

        var act = () => EligibilityEvaluator.Create(missing);

        act.Should().Throw<RuleSetLoadException>().WithMessage($"*{missing}*error DE1016: Cannot read the rules directory*");
    }

    [Fact]
    public void TryCreate_BadRules_ReturnsTheDiagnosticsInsteadOfThrowing()
    {
        using var rules = TestRules.Copy();
        rules.Edit("providers/brand-renewal.json", "provider.FakeOrdersFound == false", "provider.FakeOrdersFound == ");

        var result = EligibilityEvaluator.TryCreate(rules.Path, out var evaluator);

        result.IsSuccess.Should().BeFalse();
        evaluator.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.ToString().Should().Contain("brand-renewal.json(");
    }

    [Fact]
    public void TryCreate_GoodRules_Succeeds()
    {
        var result = EligibilityEvaluator.TryCreate(TestRules.Directory, out var evaluator);

        using (evaluator)
        {
            result.IsSuccess.Should().BeTrue();
            evaluator!.CurrentRuleSet.Should().BeSameAs(result.RuleSet);
        }
    }

    [Fact]
    public void CreateDefault_WithRulesDirectory_IsRejected()
    {
        var act = () => EligibilityEvaluator.CreateDefault(new EligibilityOptions { RulesDirectory = TestRules.Directory });

        act.Should().Throw<ArgumentException>().WithMessage("*Create(rulesDirectory*");
    }

    [Fact]
    public void ReloadNow_OnAHolderBackedEvaluator_Throws()
    {
        var evaluator = new EligibilityEvaluator(new RuleSetHolder(TestRules.Evaluator.CurrentRuleSet));

        evaluator.Invoking(e => e.ReloadNow()).Should().Throw<InvalidOperationException>();
        evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant()).IsSuccess.Should().BeTrue();
    }

    /// <summary>
    /// The shipped rule files are embedded as DouyinRules/&lt;folder&gt;/&lt;file&gt;.json. They are written separately; until they
    /// land there are none, and the default evaluator reports that clearly. Once they are there, every workflow of the
    /// conventions must load. This test names workflows only, never specific rules.
    /// </summary>
    [Fact]
    public void EmbeddedDefaults_LoadEveryConventionWorkflow_OrReportTheirAbsence()
    {
        var assembly = typeof(EligibilityEvaluator).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("DouyinRules/", StringComparison.Ordinal)).ToList();
        names.Where(n => !n.EndsWith(".json") || n.Contains('\\') || n.EndsWith(".tests.json") || n.Contains("/schema/")).Should().BeEmpty();

        var result = EligibilityEvaluator.TryCreate(null, out var evaluator);

        if (names.Count == 0)
        {
            result.IsSuccess.Should().BeFalse();
            result.Errors.Should().ContainSingle().Which.Code.Should().Be("DE4003");
            FluentActions.Invoking(() => EligibilityEvaluator.CreateDefault()).Should().Throw<RuleSetLoadException>();
            return;
        }

        result.Errors.Should().BeEmpty();
        using (evaluator)
        {
            evaluator!.CurrentRuleSet.WorkflowNames.Should().Contain(EligibilityWorkflows.All);
            evaluator.CurrentRuleSet.Files.Should().OnlyContain(f => f.StartsWith("embedded:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RuleSetOptions_Default_RegisterTheSnapshotTypes()
        => EligibilityEvaluator.CreateRuleSetOptions().InputTypes.Keys.Should().Contain(["MerchantSnapshot", "ProductSnapshot", "BrandProviderSnapshot", "StoreOperationProviderSnapshot"]);

}
