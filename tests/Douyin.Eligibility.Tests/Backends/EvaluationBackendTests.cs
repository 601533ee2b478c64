using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Tests.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace Douyin.Eligibility.Tests.Backends;

/// <summary>
/// The typed API takes each rule's outcome from <see cref="EligibilityOptions.Backend"/>; codes, messages and the
/// rest of a reason stay the library's, and only a backend that can explain gives traces.
/// </summary>
public class EvaluationBackendTests
{
    private static readonly EvaluationSettings Explained = EvaluationSettings.English with { Explain = true };

    private static readonly Lazy<List<MerchantSnapshot>> Merchants = new(() => DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl"));

    [Fact]
    public void Backend_ByDefault_IsTheBuiltInEngineThatExplains()
    {
        new EligibilityOptions().Backend.Should().BeSameAs(EvaluationBackend.BuiltIn);
        EvaluationBackend.BuiltIn.CanExplain.Should().BeTrue();
        EvaluationBackend.BuiltIn.Name.Should().Be("built-in");
        EvaluationBackend.BuiltIn.ToString().Should().Be("built-in");
        EvaluationBackend.BuiltIn.Prepare(TestRules.Evaluator.CurrentRuleSet).Should().BeEmpty();
        TestRules.Evaluator.Backend.Should().BeSameAs(EvaluationBackend.BuiltIn);
        new FixedOutcomeBackend(RuleOutcome.Passed).CanExplain.Should().BeFalse("only the built-in engine explains");
    }

    [Fact]
    public void Backend_SetToNull_IsTheBuiltInEngine()
    {
        using var evaluator = EligibilityEvaluator.CreateDefault(new EligibilityOptions { Backend = null! });

        evaluator.Backend.Should().BeSameAs(EvaluationBackend.BuiltIn);
        evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant()).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void EvaluateAllianceAdmission_InvertingBackend_EachReasonHasItsOutcomeAndTheRulesCodeAndMessage()
    {
        using var inverted = EligibilityEvaluator.CreateDefault(new EligibilityOptions { Backend = new InvertingBackend() });
        using var builtIn = EligibilityEvaluator.CreateDefault();
        var decisionsChanged = 0;

        foreach (var merchant in Merchants.Value)
        {
            var expected = builtIn.EvaluateAllianceAdmission(merchant, Explained).Decision!;
            var actual = inverted.EvaluateAllianceAdmission(merchant, Explained).Decision!;

            actual.Checks.Select(r => r.Outcome).Should().Equal(expected.Checks.Select(r => InvertingBackend.Invert(r.Outcome)), merchant.Id);
            actual.Checks.Select(r => (r.Code, r.RuleName, r.Message, r.Source)).Should().Equal(expected.Checks.Select(r => (r.Code, r.RuleName, r.Message, r.Source)), merchant.Id);
            actual.Reasons.Should().OnlyContain(r => r.Outcome != RuleOutcome.Passed, "the reasons are the checks the backend did not pass");
            decisionsChanged += actual.Outcome != expected.Outcome ? 1 : 0;
        }

        decisionsChanged.Should().BePositive("the decisions follow the backend's outcomes");
    }

    [Theory]
    [InlineData(RuleOutcome.Passed, AdmissionOutcome.Eligible)]
    [InlineData(RuleOutcome.Failed, AdmissionOutcome.NotEligible)]
    [InlineData(RuleOutcome.Indeterminate, AdmissionOutcome.Indeterminate)]
    [InlineData(RuleOutcome.Error, AdmissionOutcome.Indeterminate)]
    public void EvaluateAllianceAdmission_FixedOutcomeBackend_DecidesFromItsOutcome(RuleOutcome outcome, AdmissionOutcome expected)
    {
        var evaluator = new EligibilityEvaluator(new RuleSetHolder(TestRules.Evaluator.CurrentRuleSet), new EligibilityOptions { Backend = new FixedOutcomeBackend(outcome) });

        var decision = evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant(), EvaluationSettings.English).Decision!;

        decision.Outcome.Should().Be(expected);
        decision.Checks.Should().NotBeEmpty().And.OnlyContain(r => r.Outcome == outcome);
    }

    [Fact]
    public void EvaluateAllianceAdmission_BackendFailsAPassingRule_ReasonKeepsTheBuiltInMessageWithoutErrorOrMissingFields()
    {
        var evaluator = new EligibilityEvaluator(new RuleSetHolder(TestRules.Evaluator.CurrentRuleSet), new EligibilityOptions { Backend = new FixedOutcomeBackend(RuleOutcome.Failed) });

        var reason = evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 4.5m }, EvaluationSettings.English).Decision!.Reasons[0];

        reason.Code.Should().Be("ALLIANCE_STORE_SCORE_TOO_LOW");
        reason.Outcome.Should().Be(RuleOutcome.Failed);
        reason.Message.Should().Be("Store score 4.5 is not above 4.1");
        reason.MissingFields.Should().BeEmpty();
        reason.ErrorMessage.Should().BeNull();
    }

    [Fact]
    public void EvaluateAllianceAdmission_BackendThatCannotExplain_ReasonsHaveNoTraceEvenWhenAsked()
    {
        using var builtIn = EligibilityEvaluator.CreateDefault();
        using var other = EligibilityEvaluator.CreateDefault(new EligibilityOptions { Backend = new FixedOutcomeBackend(RuleOutcome.Failed), ExplainByDefault = true });
        var merchant = Merchants.Value.First(m => builtIn.EvaluateAllianceAdmission(m, Explained).Decision!.Reasons.Any(r => r.Gap is not null));

        builtIn.EvaluateAllianceAdmission(merchant, Explained).Decision!.Checks.Should().Contain(r => r.Observed != null && r.Condition != null, "the built-in engine explains");
        foreach (var settings in new[] { Explained, EvaluationSettings.Default })
        {
            var checks = other.EvaluateAllianceAdmission(merchant, settings).Decision!.Checks;

            checks.Should().NotBeEmpty();
            checks.Should().OnlyContain(r => r.Observed == null && r.Threshold == null && r.Condition == null && r.Gap == null);
            checks.Should().OnlyContain(r => r.Message.Length > 0 && r.Message != r.RuleName, "messages still come from the rules");
        }
    }

    [Fact]
    public void EvaluateAllianceAdmission_Backend_IsGivenTheSetTheVersionInForceTheDateAndTheSnapshot()
    {
        var backend = new InvertingBackend();
        var evaluator = EligibilityEvaluator.Create(TestRules.Directory, new EligibilityOptions { Backend = backend });
        var merchant = TestRules.GoodMerchant();

        var decision = evaluator.EvaluateAllianceAdmission(merchant).Decision!;

        var call = backend.LastCall!.Value;
        call.RuleSet.Should().BeSameAs(evaluator.CurrentRuleSet);
        call.Workflow.Should().BeSameAs(evaluator.CurrentRuleSet.GetWorkflowVersion(EligibilityWorkflows.AllianceAdmission, decision.WorkflowVersion!));
        call.AsOf.Should().Be(merchant.AsOf);
        call.Input.Should().BeSameAs(merchant);
        call.Length.Should().Be(call.Workflow.Rules.Count);
        decision.Checks.Should().HaveCount(call.Workflow.Rules.Count);
    }

    [Fact]
    public void EvaluateEach_ProductClearanceOnABackend_UsesItsOutcomesForEverySubject()
    {
        using var embedded = EligibilityEvaluator.CreateDefault();
        var evaluator = new EligibilityEvaluator(new RuleSetHolder(embedded.CurrentRuleSet), new EligibilityOptions { Backend = new FixedOutcomeBackend(RuleOutcome.Failed) });
        var merchant = Merchants.Value.First(m => m.Products.Count > 1);

        var results = evaluator.EvaluateProductClearance(merchant);

        results.Should().HaveCount(merchant.Products.Count).And.OnlyContain(r => r.Decision!.Outcome == ClearanceOutcome.Clear);
    }

    [Fact]
    public void EvaluateMany_OnABackend_EveryResultUsesItsOutcomes()
    {
        using var evaluator = EligibilityEvaluator.CreateDefault(new EligibilityOptions { Backend = new FixedOutcomeBackend(RuleOutcome.Indeterminate) });

        var outcomes = evaluator.EvaluateMany(Merchants.Value, (e, m) => e.EvaluateAllianceAdmission(m).Decision!.Outcome).ToList();

        outcomes.Should().HaveCount(Merchants.Value.Count).And.OnlyContain(o => o == AdmissionOutcome.Indeterminate);
    }

    [Fact]
    public void AddDouyinEligibility_BackendOption_TheEvaluatorRunsAndPreparesOnIt()
    {
        var backend = new InvertingBackend();
        using var provider = new ServiceCollection()
            .AddDouyinEligibility(o =>
            {
                o.RulesDirectory = TestRules.Directory;
                o.Backend = backend;
            })
            .BuildServiceProvider();

        var evaluator = provider.GetRequiredService<EligibilityEvaluator>();

        evaluator.Backend.Should().BeSameAs(backend);
        backend.Prepared.Should().ContainSingle().Which.Should().BeSameAs(evaluator.CurrentRuleSet);
        evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant()).Decision!.Outcome.Should().Be(AdmissionOutcome.NotEligible, "the backend fails every rule the built-in engine passes");
    }
}
