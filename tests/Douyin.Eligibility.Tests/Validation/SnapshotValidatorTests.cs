using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Validation;

public class SnapshotValidatorTests
{
    [Fact]
    public void ValidateProduct_ValidProduct_IsSuccess()
        => SnapshotValidator.Validate(Product(), AsOf).IsSuccess.Should().BeTrue();

    [Fact]
    public void ValidateProduct_NullProduct_ReportsSnapshotMissing()
        => SnapshotValidator.Validate((ProductSnapshot?)null, AsOf).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Code == ValidationCodes.SnapshotMissing && e.Field == "");

    [Fact]
    public void ValidateProduct_DefaultAsOf_ReportsAsOfMissing()
        => SnapshotValidator.Validate(Product(), default).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Code == ValidationCodes.AsOfMissing && e.Field == "asOf");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void ValidateProduct_MissingId_ReportsIdMissingAtRelativePath(string? id)
        => ShouldFail(Product() with { Id = id! }, "id", ValidationCodes.IdMissing);

    [Theory]
    [InlineData("qualityReturnRate", -0.0001)]
    [InlineData("qualityReturnRate", 1.0001)]
    [InlineData("qualityReturnRateThreshold", -1)]
    [InlineData("pickupRate24h", 2)]
    [InlineData("customerServiceSatisfactionRate", -0.5)]
    public void ValidateProduct_RateOutsideUnitInterval_ReportsRateOutOfRange(string field, double value)
    {
        var rate = (decimal)value;
        var product = field switch
        {
            "qualityReturnRate" => Product() with { QualityReturnRate = rate },
            "qualityReturnRateThreshold" => Product() with { QualityReturnRateThreshold = rate },
            "pickupRate24h" => Product() with { PickupRate24h = rate },
            _ => Product() with { CustomerServiceSatisfactionRate = rate },
        };

        ShouldFail(product, field, ValidationCodes.RateOutOfRange);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void ValidateProduct_RateOnBoundary_IsSuccess(int value)
        => SnapshotValidator.Validate(Product() with { QualityReturnRate = value, PickupRate24h = value }, AsOf)
            .IsSuccess.Should().BeTrue();

    [Fact]
    public void ValidateProduct_RateOutOfRange_MessageNamesFieldAndValue()
    {
        var error = SnapshotValidator.Validate(Product() with { PickupRate24h = 1.5m }, AsOf).Errors.Should().ContainSingle().Subject;

        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Contain("pickupRate24h").And.Contain("1.5");
    }

    [Fact]
    public void ValidateProduct_ClearedAfterAsOf_ReportsDateAfterAsOf()
        => ShouldFail(Product() with { ClearedDate = AsOf.AddDays(1) }, "clearedDate", ValidationCodes.DateAfterAsOf);

    [Fact]
    public void ValidateProduct_ClearedOnAsOf_IsSuccess()
        => SnapshotValidator.Validate(Product() with { ClearedDate = AsOf }, AsOf).IsSuccess.Should().BeTrue();

    [Fact]
    public void ValidateMerchant_ProductRateOutOfRange_ReportsIndexedPath()
    {
        var merchant = Merchant() with { Products = [Product(), Product() with { Id = "P-9", QualityReturnRate = 1.2m }] };

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "products[1].qualityReturnRate" && e.Code == ValidationCodes.RateOutOfRange);
    }

    [Theory]
    [InlineData(5.01, ScoreScale.FivePoint, false)]
    [InlineData(5, ScoreScale.FivePoint, true)]
    [InlineData(99, ScoreScale.HundredPoint, true)]
    [InlineData(100.5, ScoreScale.HundredPoint, false)]
    [InlineData(-1, ScoreScale.HundredPoint, false)]
    public void ValidateMerchant_ExperienceScoreAgainstScale_ChecksItsScale(double score, ScoreScale scale, bool valid)
    {
        var result = SnapshotValidator.Validate(Merchant() with { ExperienceScore = (decimal)score, ExperienceScoreScale = scale });

        if (valid)
        {
            result.IsSuccess.Should().BeTrue(result.ToString());
        }
        else
        {
            result.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == "experienceScore" && e.Code == ValidationCodes.ScoreOutOfRange);
        }
    }

    [Fact]
    public void ValidateMerchant_ScoreWithoutScale_ReportsScaleMissingOnScaleField()
        => SnapshotValidator.Validate(Merchant() with { ExperienceScoreScale = null }).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "experienceScoreScale" && e.Code == ValidationCodes.ScoreScaleMissing);

    [Fact]
    public void ValidateMerchant_UndefinedScale_ReportsUnknownEnumValue()
        => SnapshotValidator.Validate(Merchant() with { ExperienceScoreScale = (ScoreScale)42 }).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "experienceScoreScale" && e.Code == ValidationCodes.UnknownEnumValue);

    [Fact]
    public void ValidateMerchant_NoScoreNoScale_IsSuccess()
        => SnapshotValidator.Validate(Merchant() with { ExperienceScore = null, ExperienceScoreScale = null }).IsSuccess.Should().BeTrue();

    [Theory]
    [InlineData(5.5, false)]
    [InlineData(5, true)]
    [InlineData(-0.1, false)]
    public void ValidateMerchant_StoreScore_IsOnFivePointScale(double score, bool valid)
        => SnapshotValidator.Validate(Merchant() with { StoreScore = (decimal)score }).Errors.Select(e => e.Code)
            .Should().Equal(valid ? Array.Empty<string>() : new[] { ValidationCodes.ScoreOutOfRange });

    [Fact]
    public void ValidateMerchant_PenaltyAfterAsOf_ReportsEventAfterAsOf()
    {
        var merchant = Merchant() with { Penalties = [Passing.Penalty(PenaltyRules.MerchantViolation, AsOf.AddDays(1))] };

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "penalties[0].date" && e.Code == ValidationCodes.EventAfterAsOf);
    }

    [Fact]
    public void ValidateMerchant_PenaltyWithoutDate_ReportsEventDateMissing()
    {
        var merchant = Merchant() with { Penalties = [Passing.Penalty(PenaltyRules.MerchantViolation, default)] };

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "penalties[0].date" && e.Code == ValidationCodes.EventDateMissing);
    }

    [Fact]
    public void ValidateMerchant_PenaltyWithBlankRule_ReportsCodeMissing()
    {
        var merchant = Merchant() with { Penalties = [Passing.Penalty(" ", new DateOnly(2024, 1, 1))] };

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "penalties[0].rule" && e.Code == ValidationCodes.CodeMissing);
    }

    [Fact]
    public void ValidateMerchant_ControllerStoreWithoutId_ReportsIdMissing()
    {
        var merchant = Merchant() with { ControllerStores = [new ControllerStoreSnapshot { Id = "" }] };

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "controllerStores[0].id" && e.Code == ValidationCodes.IdMissing);
    }

    [Fact]
    public void ValidateMerchant_SettledAfterAsOfWithDefaultAsOf_ReportsOnlyAsOfMissing()
        => SnapshotValidator.Validate(Merchant() with { AsOf = default, SettledDate = new DateOnly(2030, 1, 1) })
            .Errors.Select(e => e.Code).Should().Equal(ValidationCodes.AsOfMissing);

    [Fact]
    public void ValidateMerchant_SeveralProblems_ReportsAllInFieldOrder()
    {
        var merchant = Merchant() with { Id = "", Gmv30dFen = -5, PositiveRate = 3m, AllianceOpeningsUsed = -1 };

        SnapshotValidator.Validate(merchant).Errors.Select(e => e.Field)
            .Should().Equal("id", "gmv30dFen", "positiveRate", "allianceOpeningsUsed");
    }

    [Fact]
    public void ValidateStoreOperationProvider_ViolationWithoutPoints_ReportsPointsMissing()
    {
        var provider = StoreOperationProvider() with
        {
            Violations = [new ProviderViolation { Id = "V-1", Date = new DateOnly(2023, 12, 1), Points = null, Kind = ProviderViolationKinds.ComplaintNotHandled }],
        };

        SnapshotValidator.Validate(provider).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "violations[0].points" && e.Code == ValidationCodes.PointsMissing);
    }

    private static void ShouldFail(ProductSnapshot product, string field, string code)
    {
        var result = SnapshotValidator.Validate(product, AsOf);

        result.Errors.Should().ContainSingle(result.ToString())
            .Which.Should().Match<ValidationError>(e => e.Field == field && e.Code == code, result.ToString());
    }
}
