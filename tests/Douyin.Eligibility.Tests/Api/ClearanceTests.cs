using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Api;

public class ClearanceTests
{
    private static EligibilityEvaluator Evaluator => TestRules.Evaluator;

    [Fact]
    public void StoreAboveFloor_IsRetained_WithOpeningsRemaining()
    {
        var decision = Evaluator.EvaluateAllianceClearance(TestRules.GoodMerchant() with { ExperienceScore = 3.5m, AllianceOpeningsUsed = 2 }).Decision!;

        decision.Outcome.Should().Be(ClearanceOutcome.Retain);
        decision.Reasons.Should().BeEmpty();
        decision.OpeningsRemaining.Should().Be(1);
    }

    [Fact]
    public void StoreBelowFloor_IsCleared_WithGap()
    {
        var decision = Evaluator.EvaluateAllianceClearance(TestRules.GoodMerchant() with { ExperienceScore = 3.4m }, TestRules.En).Decision!;

        decision.Outcome.Should().Be(ClearanceOutcome.Clear);
        var reason = decision.Reasons.Should().ContainSingle().Subject;
        reason.Code.Should().Be("CLEARANCE_EXPERIENCE_SCORE_TOO_LOW");
        reason.Message.Should().Be("Experience score 3.4 is below 3.5");
        reason.Gap!.Required.Should().Be(3.5m);
        reason.Gap.Change.Should().Be(0.1m);
    }

    [Fact]
    public void Clearance_UnknownSuitability_IsIndeterminate()
        => Evaluator.EvaluateAllianceClearance(TestRules.GoodMerchant() with { IsJudgedUnsuitable = null }).Decision!.Outcome.Should().Be(ClearanceOutcome.Indeterminate);

    [Fact]
    public void Clearance_ScaleMismatch_IsAValidationErrorNamingTheField()
    {
        var merchant = TestRules.GoodMerchant() with { ExperienceScore = 80m, ExperienceScoreScale = ScoreScale.HundredPoint };

        var result = Evaluator.EvaluateAllianceClearance(merchant);

        result.IsSuccess.Should().BeFalse();
        result.Decision.Should().BeNull();
        var error = result.ValidationErrors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ValidationCodes.ScoreScaleMismatch);
        error.Field.Should().Be("experienceScoreScale");
        error.Message.Should().Contain("HundredPoint").And.Contain("FivePoint");
    }

    [Fact]
    public void Clearance_WorkflowDeclaresNoScale_ScaleIsNotChecked()
    {
        // The 2024-07-25 admission test rules read no experience score and declare no scale.
        var merchant = TestRules.GoodMerchant() with { ExperienceScore = 80m, ExperienceScoreScale = ScoreScale.HundredPoint };

        Evaluator.EvaluateAllianceAdmission(merchant).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Products_SeveralProducts_OneDecisionEachInOrderAsOfTheStore()
    {
        var merchant = TestRules.GoodMerchant() with
        {
            Products =
            [
                new ProductSnapshot { Id = "P-1", PickupRate24h = 0.9m, CustomerServiceSatisfactionRate = 0.8m },
                new ProductSnapshot { Id = "P-2", PickupRate24h = 0.39m, CustomerServiceSatisfactionRate = 0.8m },
                new ProductSnapshot { Id = "P-3", PickupRate24h = 0.9m },
            ],
        };

        var results = Evaluator.EvaluateProductClearance(merchant);

        results.Select(r => r.SubjectId).Should().Equal("P-1", "P-2", "P-3");
        results.Select(r => r.Decision!.Outcome).Should().Equal(ClearanceOutcome.Retain, ClearanceOutcome.Clear, ClearanceOutcome.Indeterminate);
        results.Should().OnlyContain(r => r.AsOf == merchant.AsOf && r.Decision!.OpeningsRemaining == null);
        results.Select(r => r.Decision!.RuleSetHash).Distinct().Should().ContainSingle();
        var reason = results[1].Decision!.Reasons.Should().ContainSingle().Subject;
        reason.Code.Should().Be("PRODUCT_PICKUP_RATE_TOO_LOW");
        reason.Gap!.Required.Should().Be(0.4m);
        results[2].Decision!.Reasons[0].MissingFields.Should().Equal("product.CustomerServiceSatisfactionRate");
    }

    [Fact]
    public void Products_OneInvalidProduct_OthersStillDecided()
    {
        var merchant = TestRules.GoodMerchant() with
        {
            Products =
            [
                new ProductSnapshot { Id = "P-1", PickupRate24h = 1.5m, CustomerServiceSatisfactionRate = 0.8m },
                new ProductSnapshot { Id = "P-2", PickupRate24h = 0.9m, CustomerServiceSatisfactionRate = 0.8m },
            ],
        };

        var results = Evaluator.EvaluateProductClearance(merchant);

        results[0].IsSuccess.Should().BeFalse();
        results[0].ValidationErrors.Should().ContainSingle().Which.Field.Should().Be("products[0].pickupRate24h");
        results[1].IsSuccess.Should().BeTrue();
        results[1].Decision!.Outcome.Should().Be(ClearanceOutcome.Retain);
    }

    [Fact]
    public void Products_InvalidStore_EveryProductInvalid()
    {
        var results = Evaluator.EvaluateProductClearance(TestRules.GoodMerchant() with { Id = " " });

        results.Should().HaveCount(2).And.OnlyContain(r => !r.IsSuccess && r.ValidationErrors.Any(e => e.Field == "id"));
    }

    [Fact]
    public void SingleProduct_ExplicitDate_IsEvaluatedOnThatDate()
    {
        var product = new ProductSnapshot { Id = "P-9", PickupRate24h = 0.9m, CustomerServiceSatisfactionRate = 0.5m };

        var result = Evaluator.EvaluateProductClearance(product, new DateOnly(2024, 8, 1), TestRules.En);

        result.Decision!.Outcome.Should().Be(ClearanceOutcome.Clear);
        result.Decision.Reasons.Should().ContainSingle().Which.Message.Should().Be("Customer-service satisfaction 0.5 is below 0.6");
    }

    [Fact]
    public void SingleProduct_Invalid_ReportsFieldsRelativeToTheProduct()
    {
        var result = Evaluator.EvaluateProductClearance(new ProductSnapshot { Id = "P-9", PickupRate24h = -0.1m }, new DateOnly(2024, 8, 1));

        result.IsSuccess.Should().BeFalse();
        result.ValidationErrors.Should().ContainSingle().Which.Field.Should().Be("pickupRate24h");
    }
}
