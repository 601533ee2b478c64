using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Families.Demo;

namespace Douyin.Eligibility.Tests.Families;

/// <summary>
/// The demo family of docs/families.md end to end through the typed API: its rule file (Demo/live-host-admission.json),
/// its descriptor (<see cref="LiveHostFamily"/>) and its snapshot type (<see cref="LiveHostSnapshot"/>), nothing else.
/// </summary>
public sealed class DemoFamilyTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static string RuleFile => Path.Combine(LiveHostFamily.Directory, "live-host-admission.json");

    private static EligibilityEvaluator Evaluator()
    {
        var result = EligibilityEvaluator.LoadRuleSet([RuleSource.FromFile(RuleFile)], LiveHostFamily.WithBuiltIns);
        result.Diagnostics.Should().BeEmpty();
        return new EligibilityEvaluator(new RuleSetHolder(result.RuleSet!));
    }

    private static LiveHostSnapshot Host(int? followers = 25_000, int? points = 0)
        => new() { Id = "HOST-1", AsOf = AsOf, Followers = followers, ViolationPoints30d = points };

    [Theory]
    [InlineData(25_000, 0, "Eligible", false)]
    [InlineData(900, 0, "NotEligible", false)]
    [InlineData(25_000, 3, "NotEligible", false)]
    [InlineData(null, 0, "Indeterminate", true)]
    public void Evaluate_DemoFamily_DecidesLikeAnAdmission(int? followers, int? points, string outcome, bool indeterminate)
    {
        var result = Evaluator().Evaluate(LiveHostFamily.Admission, Host(followers, points), EvaluationSettings.English);

        result.IsSuccess.Should().BeTrue();
        result.Decision!.OutcomeName.Should().Be(outcome);
        result.Decision.IsIndeterminate.Should().Be(indeterminate);
        result.Decision.WorkflowName.Should().Be("LiveHostAdmission");
        EligibilityFamily.ComparedOutcome(result.Decision).Should().Be(outcome);
    }

    [Fact]
    public void Evaluate_TooFewFollowers_GivesTheRulesReasonInTheCallersCulture()
    {
        var decision = Evaluator().Evaluate(LiveHostFamily.Admission, Host(followers: 900), EvaluationSettings.Chinese).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.Reasons.Should().ContainSingle().Which.Code.Should().Be("LIVEHOST_TOO_FEW_FOLLOWERS");
        decision.Reasons[0].Message.Should().Be("粉丝数 900 少于 10000");
        decision.GetOutcomeLabel(CultureInfo.GetCultureInfo("en")).Should().Be("not eligible");
    }

    [Fact]
    public void Evaluate_NullSnapshot_IsInvalidLikeEveryFamily()
    {
        var result = Evaluator().Evaluate(LiveHostFamily.Admission, null);

        result.IsSuccess.Should().BeFalse();
        result.ValidationErrors.Should().ContainSingle().Which.Code.Should().Be("SV000");
    }

    [Fact]
    public void Create_WithTheFamilyInOptions_LoadsAndEvaluatesItsRulesDirectory()
    {
        using var rules = new Api.TempRules(LiveHostFamily.Directory);
        using var evaluator = EligibilityEvaluator.Create(rules.Path, new EligibilityOptions { Families = LiveHostFamily.WithBuiltIns, RequiredWorkflows = ["LiveHostAdmission"] });

        evaluator.Evaluate(LiveHostFamily.Admission, Host()).Decision!.Outcome.Should().Be(AdmissionOutcome.Eligible);
    }

    [Fact]
    public void LoadRuleSet_WithoutTheFamily_DoesNotKnowItsSnapshotType()
    {
        var result = EligibilityEvaluator.LoadRuleSet([RuleSource.FromFile(RuleFile)]);

        result.RuleSet.Should().BeNull("LiveHostSnapshot is registered only by the family");
        result.Diagnostics.Should().Contain(d => d.IsError);
    }

    [Fact]
    public void LoadRuleSet_WorkflowTakingAnotherType_ReportsTheTypedInputMismatch()
    {
        var text = File.ReadAllText(RuleFile).Replace("\"Type\": \"LiveHostSnapshot\"", "\"Type\": \"MerchantSnapshot\"", StringComparison.Ordinal)
            .Replace("host.Followers >= MinFollowers", "true", StringComparison.Ordinal)
            .Replace("host.ViolationPoints30d <= MaxViolationPoints30d", "true", StringComparison.Ordinal)
            .Replace("$(host.Followers)", "-", StringComparison.Ordinal)
            .Replace("$(host.ViolationPoints30d)", "-", StringComparison.Ordinal);

        var result = EligibilityEvaluator.LoadRuleSet([RuleSource.FromText("live-host-admission.json", text)], LiveHostFamily.WithBuiltIns);

        result.RuleSet.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(EligibilityDiagnosticCodes.TypedInputMismatch);
    }
}
