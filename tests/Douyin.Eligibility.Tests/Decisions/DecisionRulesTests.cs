using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Api;

// Not Douyin.Eligibility.Tests.Decisions: that namespace would capture the "Decisions." qualified names existing tests use.
namespace Douyin.Eligibility.Tests.DecisionTypes;

/// <summary>
/// The outcome logic over real <see cref="DecisionReason"/>s, taken from the checks of admissions evaluated with the
/// test rules: P is a passed check, F a failed one, U an indeterminate one.
/// </summary>
public class DecisionRulesTests
{
    private static readonly Lazy<DecisionReason> PassedCheck = new(() => Check(TestRules.GoodMerchant(), RuleOutcome.Passed));
    private static readonly Lazy<DecisionReason> FailedCheck = new(() => Check(TestRules.GoodMerchant() with { StoreScore = 3m }, RuleOutcome.Failed));
    private static readonly Lazy<DecisionReason> UnknownCheck = new(() => Check(TestRules.GoodMerchant() with { PositiveRate = null }, RuleOutcome.Indeterminate));

    [Theory]
    [InlineData("", AdmissionOutcome.Eligible)]
    [InlineData("P", AdmissionOutcome.Eligible)]
    [InlineData("PPP", AdmissionOutcome.Eligible)]
    [InlineData("F", AdmissionOutcome.NotEligible)]
    [InlineData("PUF", AdmissionOutcome.NotEligible)]
    [InlineData("UF", AdmissionOutcome.NotEligible)]
    [InlineData("U", AdmissionOutcome.Indeterminate)]
    [InlineData("PU", AdmissionOutcome.Indeterminate)]
    public void Admission_Checks_FailureDecidesThenUnknown(string checks, AdmissionOutcome expected)
        => DecisionRules.Admission(Reasons(checks)).Should().Be(expected);

    [Theory]
    [InlineData("", ClearanceOutcome.Retain)]
    [InlineData("PP", ClearanceOutcome.Retain)]
    [InlineData("F", ClearanceOutcome.Clear)]
    [InlineData("UPF", ClearanceOutcome.Clear)]
    [InlineData("U", ClearanceOutcome.Indeterminate)]
    [InlineData("PUP", ClearanceOutcome.Indeterminate)]
    public void Clearance_Checks_AnyFailureClears(string checks, ClearanceOutcome expected)
        => DecisionRules.Clearance(Reasons(checks)).Should().Be(expected);

    [Theory]
    [InlineData("P", true, false, false)]
    [InlineData("F", false, true, false)]
    [InlineData("U", false, false, true)]
    public void Predicates_Reason_ClassifyItsOutcome(string check, bool passed, bool failed, bool unknown)
    {
        var reason = Reasons(check)[0];

        (DecisionRules.IsPassed(reason), DecisionRules.IsFailed(reason), DecisionRules.IsUnknown(reason)).Should().Be((passed, failed, unknown));
    }

    [Fact]
    public void Admission_EvaluatedDecision_ReasonsAreTheChecksThatDidNotPass()
    {
        var decision = TestRules.Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 3m, PositiveRate = null }, EvaluationSettings.English).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.Reasons.Should().Equal(decision.Checks.Where(c => c.Outcome != RuleOutcome.Passed));
        decision.Reasons.Select(r => r.Outcome).Should().Equal(RuleOutcome.Failed, RuleOutcome.Indeterminate);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    [InlineData(7, 0)]
    [InlineData(null, null)]
    public void OpeningsRemaining_OpeningsUsed_IsMaxMinusUsedNeverNegative(int? used, int? expected)
        => TestRules.Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { AllianceOpeningsUsed = used }, EvaluationSettings.English)
            .Decision!.OpeningsRemaining.Should().Be(expected);

    private static DecisionReason[] Reasons(string checks)
        => checks.Select(c => c switch
        {
            'P' => PassedCheck.Value,
            'F' => FailedCheck.Value,
            _ => UnknownCheck.Value,
        }).ToArray();

    private static DecisionReason Check(Douyin.Eligibility.Snapshots.MerchantSnapshot merchant, RuleOutcome outcome)
    {
        var result = TestRules.Evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English);
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Decision!.Checks.First(c => c.Outcome == outcome);
    }
}
