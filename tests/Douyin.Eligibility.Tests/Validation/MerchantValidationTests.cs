using System.Globalization;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Validation;

public class MerchantValidationTests
{
    [Fact]
    public void Validate_ValidMerchant_IsValid()
    {
        var result = SnapshotValidator.Validate(Merchant());

        result.IsSuccess.Should().BeTrue(result.ToString());
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_AllUnknown_IsValidBecauseUnknownIsForTheRulesToJudge()
        => SnapshotValidator.Validate(new MerchantSnapshot { Id = "S", AsOf = AsOf }).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_NullSnapshot_ReportsSV000WithoutThrowing()
        => SnapshotValidator.Validate((MerchantSnapshot?)null).Errors.Should().ContainSingle().Which.Code.Should().Be("SV000");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Validate_MissingId_ReportsSV001(string? id)
        => ShouldFail(Merchant() with { Id = id! }, "id", ValidationCodes.IdMissing);

    [Fact]
    public void Validate_DefaultAsOf_ReportsSV002AndSkipsDateComparisons()
    {
        var result = SnapshotValidator.Validate(Merchant() with { AsOf = default });

        result.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == "asOf" && e.Code == "SV002");
    }

    [Fact]
    public void Validate_NegativeGmv_ReportsSV003()
        => ShouldFail(Merchant() with { Gmv30dFen = -1 }, "gmv30dFen", ValidationCodes.NegativeMoney);

    [Fact]
    public void Validate_ZeroGmv_IsValid()
        => SnapshotValidator.Validate(Merchant() with { Gmv30dFen = 0 }).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_NegativeOpeningsUsed_ReportsSV004()
        => ShouldFail(Merchant() with { AllianceOpeningsUsed = -1 }, "allianceOpeningsUsed", ValidationCodes.NegativeQuantity);

    [Fact]
    public void Validate_NegativeSeriousViolationPoints_ReportsSV004()
        => ShouldFail(Merchant() with { SeriousViolationPoints30d = -4 }, "seriousViolationPoints30d", ValidationCodes.NegativeQuantity);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(75)]
    public void Validate_PositiveRateOutsideZeroToOne_ReportsSV005(double rate)
        => ShouldFail(Merchant() with { PositiveRate = (decimal)rate }, "positiveRate", ValidationCodes.RateOutOfRange);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Validate_RateOnTheBoundary_IsValid(int rate)
        => SnapshotValidator.Validate(Merchant() with { PositiveRate = rate }).IsSuccess.Should().BeTrue();

    [Theory]
    [InlineData(-0.1)]
    [InlineData(5.01)]
    public void Validate_StoreScoreOutsideFivePointScale_ReportsSV006(double score)
        => ShouldFail(Merchant() with { StoreScore = (decimal)score }, "storeScore", ValidationCodes.ScoreOutOfRange);

    [Fact]
    public void Validate_FivePointExperienceScoreAboveFive_ReportsSV006()
        => ShouldFail(Merchant() with { ExperienceScore = 70m, ExperienceScoreScale = ScoreScale.FivePoint }, "experienceScore", ValidationCodes.ScoreOutOfRange);

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Validate_HundredPointExperienceScoreOutsideRange_ReportsSV006(double score)
        => ShouldFail(Merchant() with { ExperienceScore = (decimal)score, ExperienceScoreScale = ScoreScale.HundredPoint }, "experienceScore", ValidationCodes.ScoreOutOfRange);

    [Fact]
    public void Validate_HundredPointExperienceScoreOfSeventy_IsValid()
        => SnapshotValidator.Validate(Merchant() with { ExperienceScore = 70m, ExperienceScoreScale = ScoreScale.HundredPoint }).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_ExperienceScoreWithoutScale_ReportsSV007OnTheScaleField()
        => ShouldFail(Merchant() with { ExperienceScoreScale = null }, "experienceScoreScale", ValidationCodes.ScoreScaleMissing);

    [Fact]
    public void Validate_ScaleWithoutScore_IsValid()
        => SnapshotValidator.Validate(Merchant() with { ExperienceScore = null }).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_UndefinedScaleNumber_ReportsSV012()
        => ShouldFail(Merchant() with { ExperienceScoreScale = (ScoreScale)7 }, "experienceScoreScale", ValidationCodes.UnknownEnumValue);

    [Fact]
    public void Validate_PenaltyAfterAsOf_ReportsSV008()
    {
        var merchant = Merchant() with { Penalties = [new PenaltyRecord { Rule = PenaltyRules.PublishingEvasion, Date = AsOf.AddDays(1) }] };

        ShouldFail(merchant, "penalties[0].date", ValidationCodes.EventAfterAsOf);
    }

    [Fact]
    public void Validate_PenaltyOnAsOf_IsValid()
    {
        var merchant = Merchant() with { Penalties = [new PenaltyRecord { Rule = PenaltyRules.PublishingEvasion, Date = AsOf }] };

        SnapshotValidator.Validate(merchant).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Validate_ControllerStorePenaltyAfterAsOf_ReportsSV008WithNestedPath()
    {
        var merchant = Merchant() with
        {
            ControllerStores = [new ControllerStoreSnapshot { Id = "S2", Penalties = [new PenaltyRecord { Rule = PenaltyRules.SeriousViolation, Date = AsOf.AddDays(3) }] }],
        };

        ShouldFail(merchant, "controllerStores[0].penalties[0].date", ValidationCodes.EventAfterAsOf);
    }

    [Fact]
    public void Validate_SettledAfterAsOf_ReportsSV009()
        => ShouldFail(Merchant() with { SettledDate = AsOf.AddDays(1) }, "settledDate", ValidationCodes.DateAfterAsOf);

    [Fact]
    public void Validate_PenaltyHistoryFromAfterAsOf_ReportsSV009()
        => ShouldFail(Merchant() with { PenaltyHistoryFrom = AsOf.AddDays(1) }, "penaltyHistoryFrom", ValidationCodes.DateAfterAsOf);

    [Fact]
    public void Validate_PenaltyWithoutDate_ReportsSV010()
        => ShouldFail(Merchant() with { Penalties = [new PenaltyRecord { Rule = "MerchantViolation" }] }, "penalties[0].date", ValidationCodes.EventDateMissing);

    [Fact]
    public void Validate_NullProductItem_ReportsSV011()
        => ShouldFail(Merchant() with { Products = [Merchant().Products[0], null!] }, "products[1]", ValidationCodes.NullItem);

    [Fact]
    public void Validate_PenaltyWithoutRule_ReportsSV013()
        => ShouldFail(Merchant() with { Penalties = [new PenaltyRecord { Rule = " ", Date = AsOf }] }, "penalties[0].rule", ValidationCodes.CodeMissing);

    [Fact]
    public void Validate_NegativePenaltyPoints_ReportsSV004()
        => ShouldFail(Merchant() with { Penalties = [new PenaltyRecord { Rule = "R", Date = AsOf, Points = -1 }] }, "penalties[0].points", ValidationCodes.NegativeQuantity);

    [Fact]
    public void Validate_ControllerStoreWithoutId_ReportsSV001()
        => ShouldFail(Merchant() with { ControllerStores = [new ControllerStoreSnapshot()] }, "controllerStores[0].id", ValidationCodes.IdMissing);

    [Theory]
    [InlineData(nameof(ProductSnapshot.QualityReturnRate), "qualityReturnRate")]
    [InlineData(nameof(ProductSnapshot.QualityReturnRateThreshold), "qualityReturnRateThreshold")]
    [InlineData(nameof(ProductSnapshot.PickupRate24h), "pickupRate24h")]
    [InlineData(nameof(ProductSnapshot.CustomerServiceSatisfactionRate), "customerServiceSatisfactionRate")]
    public void Validate_ProductRateAboveOne_ReportsSV005WithProductPath(string property, string jsonName)
    {
        var product = new ProductSnapshot { Id = "P" };
        product = property switch
        {
            nameof(ProductSnapshot.QualityReturnRate) => product with { QualityReturnRate = 1.5m },
            nameof(ProductSnapshot.QualityReturnRateThreshold) => product with { QualityReturnRateThreshold = 1.5m },
            nameof(ProductSnapshot.PickupRate24h) => product with { PickupRate24h = 1.5m },
            _ => product with { CustomerServiceSatisfactionRate = 1.5m },
        };
        var merchant = Merchant() with { Products = [Merchant().Products[0], Merchant().Products[1], product] };

        ShouldFail(merchant, $"products[2].{jsonName}", ValidationCodes.RateOutOfRange);
    }

    [Fact]
    public void Validate_ProductClearedAfterAsOf_ReportsSV009()
        => ShouldFail(Merchant() with { Products = [new ProductSnapshot { Id = "P", ClearedDate = AsOf.AddDays(1) }] }, "products[0].clearedDate", ValidationCodes.DateAfterAsOf);

    [Fact]
    public void Validate_ProductWithoutId_ReportsSV001()
        => ShouldFail(Merchant() with { Products = [new ProductSnapshot()] }, "products[0].id", ValidationCodes.IdMissing);

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOneWithBothLanguages()
    {
        var result = SnapshotValidator.Validate(Merchant() with { Id = "", Gmv30dFen = -5, PositiveRate = 2m });

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(e => e.Code).Should().Equal("SV001", "SV003", "SV005");
        result.Errors.Should().OnlyContain(e => e.Message.Length > 0 && e.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Length > 0);
        result.Errors[2].Message.Should().Be("positiveRate is 2; a rate must be in [0, 1] (75% = 0.75).");
        result.Errors[2].GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("比率");
    }

    private static void ShouldFail(MerchantSnapshot merchant, string field, string code)
    {
        var result = SnapshotValidator.Validate(merchant);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == field && e.Code == code, result.ToString());
    }
}
