using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using TestSnapshots = Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Api;

public class ProviderTests
{
    private static EligibilityEvaluator Evaluator => TestRules.Evaluator;

    private static BrandProviderSnapshot Brand() => TestSnapshots.BrandProvider() with
    {
        QualificationReviewPassed = true,
        FakeOrdersFound = false,
        AdClickThroughRate = 0.025m,
        CustomerSatisfactionRate = 0.95m,
        BrandsServed = 3,
    };

    private static StoreOperationProviderSnapshot StoreOp(params (int Points, string Kind, bool? Upheld)[] violations) => TestSnapshots.StoreOperationProvider() with
    {
        AsOf = new DateOnly(2024, 6, 30),
        Violations = violations.Select((v, i) => new ProviderViolation { Id = $"V-{i}", Date = new DateOnly(2024, 3, 1), Points = v.Points, Kind = v.Kind, AppealUpheld = v.Upheld }).ToArray(),
    };

    [Fact]
    public void Renewal_Scorecard_EarnsHighestBandPerCriterion()
    {
        var decision = Evaluator.EvaluateBrandRenewal(Brand()).Decision!;

        var card = decision.Scorecard;
        card.Criteria.Select(c => (c.Name, c.Points, c.MaxPoints, c.BandReached)).Should().Equal(
            ("ClickThroughRate", 20m, 40m, "CtrLow"),
            ("CustomerSatisfaction", 30m, 30m, "SatisfactionHigh"),
            ("BrandsServed", 0m, 30m, (string?)null));
        card.Total.Should().Be(50m);
        card.MaxTotal.Should().Be(100m);
        card.PassMark.Should().Be(60m);
        card.Passed.Should().BeFalse();
        decision.Outcome.Should().Be(RenewalOutcome.NotRenewed);
        decision.Reasons.Select(r => r.Code).Should().Equal("RENEWAL_CTR_BAND_HIGH", "RENEWAL_BRANDS_SERVED_BAND");
        decision.Reasons[0].Gap!.Required.Should().Be(0.03m);
    }

    [Fact]
    public void Renewal_PassMarkReachedAndGatesHold_IsRenewed()
    {
        var decision = Evaluator.EvaluateBrandRenewal(Brand() with { AdClickThroughRate = 0.04m }).Decision!;

        decision.Scorecard.Total.Should().Be(70m);
        decision.Scorecard.Passed.Should().BeTrue();
        decision.Outcome.Should().Be(RenewalOutcome.Renewed);
        decision.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Renewal_FailedGateWithFullScore_IsNotRenewed()
    {
        var decision = Evaluator.EvaluateBrandRenewal(Brand() with { AdClickThroughRate = 0.04m, FakeOrdersFound = true }, TestRules.En).Decision!;

        decision.Outcome.Should().Be(RenewalOutcome.NotRenewed);
        decision.Reasons.Should().ContainSingle().Which.Message.Should().Be("Fake orders were found");
    }

    [Fact]
    public void Renewal_MissingBandDataThatCouldReachThePassMark_IsIndeterminate()
    {
        var decision = Evaluator.EvaluateBrandRenewal(Brand() with { AdClickThroughRate = null }).Decision!;

        decision.Scorecard.Total.Should().Be(30m);
        decision.Scorecard.PossibleTotal.Should().Be(70m);
        decision.Scorecard.IsIndeterminate.Should().BeTrue();
        decision.Outcome.Should().Be(RenewalOutcome.Indeterminate);
        decision.Reasons.Should().Contain(r => r.Code == "RENEWAL_CTR_BAND_HIGH" && r.MissingFields.Contains("provider.AdClickThroughRate"));
    }

    [Fact]
    public void Renewal_UnknownGate_IsIndeterminate()
        => Evaluator.EvaluateBrandRenewal(Brand() with { AdClickThroughRate = 0.04m, QualificationReviewPassed = null }).Decision!.Outcome.Should().Be(RenewalOutcome.Indeterminate);

    [Fact]
    public void StoreOperationAdmission_FailingProvider_IsNotEligibleWithReasonsAndNoOpenings()
    {
        var provider = TestSnapshots.StoreOperationProvider() with { SoftwareModules = [StoreOperationModules.ProductListing], EmployeeCount = 12 };

        var decision = Evaluator.EvaluateStoreOperationAdmission(provider, TestRules.En).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.OpeningsRemaining.Should().BeNull();
        decision.Reasons.Select(r => (r.Code, r.Message)).Should().Equal(
            ("STOREOP_MISSING_STORE_DECORATION", "The store decoration module is missing"),
            ("STOREOP_TOO_FEW_EMPLOYEES", "12 employees; at least 20 needed"));
        decision.Reasons[1].Gap!.Change.Should().Be(8m);
    }

    [Fact]
    public void StoreOperationAdmission_GoodProvider_IsEligible()
        => Evaluator.EvaluateStoreOperationAdmission(TestSnapshots.StoreOperationProvider()).Decision!.Outcome.Should().Be(AdmissionOutcome.Eligible);

    [Theory]
    [InlineData(0, PenaltyLevel.None)]
    [InlineData(11, PenaltyLevel.None)]
    [InlineData(12, PenaltyLevel.ServiceHidden)]
    [InlineData(24, PenaltyLevel.Delisted)]
    [InlineData(40, PenaltyLevel.Banned)]
    public void Penalty_SeveralLevelsReached_IsTheMostSevere(int points, PenaltyLevel level)
    {
        var decision = Evaluator.EvaluateStoreOperationPenalty(StoreOp((points, ProviderViolationKinds.ComplaintNotHandled, false))).Decision!;

        decision.Level.Should().Be(level);
        decision.IsIndeterminate.Should().BeFalse();
        decision.Reasons.All(r => r.Outcome == RuleOutcome.Passed).Should().BeTrue();
        decision.Reasons.Should().HaveCount((int)level);
    }

    [Fact]
    public void Penalty_Reasons_AreMostSevereFirstWithMessages()
    {
        var decision = Evaluator.EvaluateStoreOperationPenalty(StoreOp((30, ProviderViolationKinds.ComplaintNotHandled, false))).Decision!;

        decision.Reasons.Select(r => r.Code).Should().Equal("PENALTY_DELISTED", "PENALTY_SERVICE_HIDDEN");
        decision.Reasons[0].Message.Should().Be("本年度累计扣分 30，达到 24 分下架");
    }

    [Fact]
    public void Penalty_ClearedOut_TopsTheLadder()
        => Evaluator.EvaluateStoreOperationPenalty(StoreOp((3, ProviderViolationKinds.FalseInformation, false))).Decision!.Level.Should().Be(PenaltyLevel.ClearedOut);

    [Fact]
    public void Penalty_UnjudgedHeavierLevel_SetsIndeterminate()
    {
        var decision = Evaluator.EvaluateStoreOperationPenalty(StoreOp((12, ProviderViolationKinds.FalseInformation, null))).Decision!;

        decision.Level.Should().Be(PenaltyLevel.ServiceHidden);
        decision.IsIndeterminate.Should().BeTrue();
        decision.IndeterminateLevel.Should().Be(PenaltyLevel.ClearedOut);
        decision.Reasons.Select(r => r.Code).Should().Equal("PENALTY_CLEARED_OUT", "PENALTY_SERVICE_HIDDEN");
    }
}
