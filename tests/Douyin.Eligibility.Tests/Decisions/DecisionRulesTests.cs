using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;

namespace Douyin.Eligibility.Tests.Decisions;

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

    [Theory]
    [InlineData(0.03, 0.9, 10, 100, RenewalOutcome.Renewed)]
    [InlineData(0.03, 0.8, 10, 85, RenewalOutcome.Renewed)]
    [InlineData(0.01, 0.9, 10, 60, RenewalOutcome.Renewed)]
    [InlineData(0.03, 0.85, 3, 55, RenewalOutcome.NotRenewed)]
    [InlineData(0.025, 0.95, 3, 50, RenewalOutcome.NotRenewed)]
    [InlineData(null, 0.9, 10, 60, RenewalOutcome.Renewed)]
    [InlineData(null, 0.5, 3, 0, RenewalOutcome.NotRenewed)]
    [InlineData(null, 0.9, 3, 30, RenewalOutcome.Indeterminate)]
    public void Renewal_BandsReached_ScoreHighestBandPerCriterionAgainstPassMark(double? ctr, double satisfaction, int brands, int total, RenewalOutcome expected)
    {
        var provider = Support.Snapshots.BrandProvider() with
        {
            AdClickThroughRate = (decimal?)ctr,
            CustomerSatisfactionRate = (decimal)satisfaction,
            BrandsServed = brands,
        };

        var decision = TestRules.Evaluator.EvaluateBrandRenewal(provider, EvaluationSettings.English).Decision!;

        decision.Scorecard.Total.Should().Be(total);
        decision.Scorecard.MaxTotal.Should().Be(100m);
        decision.Scorecard.PassMark.Should().Be(60m);
        decision.Outcome.Should().Be(expected);
    }

    [Fact]
    public void Renewal_ScorecardNotPassed_ReasonsAreTheBandsThatWouldAddPoints()
    {
        var provider = Support.Snapshots.BrandProvider() with { AdClickThroughRate = 0.025m, CustomerSatisfactionRate = 0.95m, BrandsServed = 3 };

        var decision = TestRules.Evaluator.EvaluateBrandRenewal(provider, EvaluationSettings.English).Decision!;

        decision.Reasons.Select(r => r.RuleName).Should().Equal("CtrHigh", "BrandsServed");
    }

    [Fact]
    public void Renewal_ScorecardPassed_HasNoBandReasons()
    {
        var provider = Support.Snapshots.BrandProvider() with { AdClickThroughRate = 0.025m, CustomerSatisfactionRate = 0.95m, BrandsServed = 10 };

        var decision = TestRules.Evaluator.EvaluateBrandRenewal(provider, EvaluationSettings.English).Decision!;

        decision.Outcome.Should().Be(RenewalOutcome.Renewed);
        decision.Reasons.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, ProviderViolationKinds.ComplaintNotHandled, false, PenaltyLevel.None, null)]
    [InlineData(11, ProviderViolationKinds.ComplaintNotHandled, false, PenaltyLevel.None, null)]
    [InlineData(12, ProviderViolationKinds.ComplaintNotHandled, false, PenaltyLevel.ServiceHidden, null)]
    [InlineData(24, ProviderViolationKinds.ComplaintNotHandled, false, PenaltyLevel.Delisted, null)]
    [InlineData(40, ProviderViolationKinds.ComplaintNotHandled, false, PenaltyLevel.Banned, null)]
    [InlineData(1, ProviderViolationKinds.FalseInformation, false, PenaltyLevel.ClearedOut, null)]
    [InlineData(1, ProviderViolationKinds.FalseInformation, true, PenaltyLevel.None, null)]
    [InlineData(24, ProviderViolationKinds.FalseInformation, null, PenaltyLevel.Delisted, PenaltyLevel.ClearedOut)]
    public void Penalty_ViolationPoints_AppliesMostSevereReachedLevel(int points, string kind, bool? appealUpheld, PenaltyLevel level, PenaltyLevel? heavier)
    {
        var provider = Support.Snapshots.StoreOperationProvider() with
        {
            Violations = [new ProviderViolation { Id = "V-1", Date = new DateOnly(2024, 1, 1), Points = points, Kind = kind, Appealed = appealUpheld is not null, AppealUpheld = appealUpheld }],
        };

        var decision = TestRules.Evaluator.EvaluateStoreOperationPenalty(provider, EvaluationSettings.English).Decision!;

        (decision.Level, decision.IndeterminateLevel).Should().Be((level, heavier));
        decision.Reasons.Select(r => r.Outcome).Should().NotContain(RuleOutcome.Failed);
        decision.Steps.Select(s => s.Level).Should().Equal(PenaltyLevel.ServiceHidden, PenaltyLevel.Delisted, PenaltyLevel.Banned, PenaltyLevel.ClearedOut);
    }

    [Fact]
    public void Penalty_SeveralReached_ReasonsAreMostSevereFirst()
    {
        var provider = Support.Snapshots.StoreOperationProvider() with
        {
            Violations = [new ProviderViolation { Id = "V-1", Date = new DateOnly(2024, 1, 1), Points = 30, Kind = ProviderViolationKinds.ComplaintNotHandled, AppealUpheld = false }],
        };

        var decision = TestRules.Evaluator.EvaluateStoreOperationPenalty(provider, EvaluationSettings.English).Decision!;

        decision.Reasons.Select(r => r.RuleName).Should().Equal("DelistedThreshold", "ServiceHiddenThreshold");
    }

    private static DecisionReason[] Reasons(string checks)
        => checks.Select(c => c switch
        {
            'P' => PassedCheck.Value,
            'F' => FailedCheck.Value,
            _ => UnknownCheck.Value,
        }).ToArray();

    private static DecisionReason Check(MerchantSnapshot merchant, RuleOutcome outcome)
    {
        var result = TestRules.Evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English);
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Decision!.Checks.First(c => c.Outcome == outcome);
    }
}
