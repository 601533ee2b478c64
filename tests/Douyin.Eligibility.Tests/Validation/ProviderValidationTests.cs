using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Validation;

public class ProviderValidationTests
{
    [Fact]
    public void Validate_ValidBrandProvider_IsValid()
        => SnapshotValidator.Validate(BrandProvider()).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_ValidStoreOperationProvider_IsValid()
        => SnapshotValidator.Validate(StoreOperationProvider()).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_NullProviders_ReportSV000()
    {
        SnapshotValidator.Validate((BrandProviderSnapshot?)null).Errors.Single().Code.Should().Be("SV000");
        SnapshotValidator.Validate((StoreOperationProviderSnapshot?)null).Errors.Single().Code.Should().Be("SV000");
    }

    [Fact]
    public void Validate_BrandProviderMissingIdAndAsOf_ReportsSV001AndSV002()
        => SnapshotValidator.Validate(new BrandProviderSnapshot()).Errors.Select(e => (e.Field, e.Code))
            .Should().Equal(("id", "SV001"), ("asOf", "SV002"));

    [Theory]
    [InlineData("violationFinesFen", "SV003")]
    [InlineData("boundMerchantsSelfSaleGmv30dFen", "SV003")]
    [InlineData("violationCount", "SV004")]
    [InlineData("standardContractCount", "SV004")]
    [InlineData("brandsServed", "SV004")]
    [InlineData("promotionActivityCount", "SV004")]
    [InlineData("avgResponseMinutes", "SV004")]
    [InlineData("teamSize", "SV004")]
    [InlineData("businessLineCount", "SV004")]
    public void Validate_BrandProviderNegativeValue_ReportsCode(string field, string code)
    {
        var provider = field switch
        {
            "violationFinesFen" => BrandProvider() with { ViolationFinesFen = -1 },
            "boundMerchantsSelfSaleGmv30dFen" => BrandProvider() with { BoundMerchantsSelfSaleGmv30dFen = -1 },
            "violationCount" => BrandProvider() with { ViolationCount = -1 },
            "standardContractCount" => BrandProvider() with { StandardContractCount = -1 },
            "brandsServed" => BrandProvider() with { BrandsServed = -1 },
            "promotionActivityCount" => BrandProvider() with { PromotionActivityCount = -1 },
            "avgResponseMinutes" => BrandProvider() with { AvgResponseMinutes = -0.5m },
            "teamSize" => BrandProvider() with { TeamSize = -1 },
            _ => BrandProvider() with { BusinessLineCount = -1 },
        };

        ShouldFail(SnapshotValidator.Validate(provider), field, code);
    }

    [Theory]
    [InlineData("adClickThroughRate")]
    [InlineData("orderConversionRate")]
    [InlineData("customerSatisfactionRate")]
    public void Validate_BrandProviderRateAboveOne_ReportsSV005(string field)
    {
        var provider = field switch
        {
            "adClickThroughRate" => BrandProvider() with { AdClickThroughRate = 3.4m },
            "orderConversionRate" => BrandProvider() with { OrderConversionRate = 1.2m },
            _ => BrandProvider() with { CustomerSatisfactionRate = 91m },
        };

        ShouldFail(SnapshotValidator.Validate(provider), field, ValidationCodes.RateOutOfRange);
    }

    [Fact]
    public void Validate_ContentCreativityScoreAboveHundred_ReportsSV006()
        => ShouldFail(SnapshotValidator.Validate(BrandProvider() with { ContentCreativityScore = 101m }), "contentCreativityScore", ValidationCodes.ScoreOutOfRange);

    [Fact]
    public void Validate_CertifiedAfterAsOf_ReportsSV009()
        => ShouldFail(SnapshotValidator.Validate(BrandProvider() with { CertifiedDate = new DateOnly(2023, 1, 26) }), "certifiedDate", ValidationCodes.DateAfterAsOf);

    [Theory]
    [InlineData("registeredCapitalFen", "SV003")]
    [InlineData("depositPaidFen", "SV003")]
    [InlineData("cooperationCaseCount", "SV004")]
    [InlineData("stampedValidContractCount", "SV004")]
    [InlineData("employeeCount", "SV004")]
    public void Validate_StoreOperationProviderNegativeValue_ReportsCode(string field, string code)
    {
        var provider = field switch
        {
            "registeredCapitalFen" => StoreOperationProvider() with { RegisteredCapitalFen = -100 },
            "depositPaidFen" => StoreOperationProvider() with { DepositPaidFen = -100 },
            "cooperationCaseCount" => StoreOperationProvider() with { CooperationCaseCount = -1 },
            "stampedValidContractCount" => StoreOperationProvider() with { StampedValidContractCount = -1 },
            _ => StoreOperationProvider() with { EmployeeCount = -1 },
        };

        ShouldFail(SnapshotValidator.Validate(provider), field, code);
    }

    [Fact]
    public void Validate_RegisteredAfterAsOf_ReportsSV009()
        => ShouldFail(SnapshotValidator.Validate(StoreOperationProvider() with { RegisteredDate = new DateOnly(2024, 1, 3) }), "registeredDate", ValidationCodes.DateAfterAsOf);

    [Fact]
    public void Validate_ViolationHistoryFromAfterAsOf_ReportsSV009()
        => ShouldFail(SnapshotValidator.Validate(StoreOperationProvider() with { ViolationHistoryFrom = new DateOnly(2024, 2, 1) }), "violationHistoryFrom", ValidationCodes.DateAfterAsOf);

    [Fact]
    public void Validate_ViolationAfterAsOf_ReportsSV008()
    {
        var provider = StoreOperationProvider() with
        {
            Violations = [StoreOperationProvider().Violations[0], new ProviderViolation { Date = new DateOnly(2024, 1, 3), Points = 1, Kind = "K" }],
        };

        ShouldFail(SnapshotValidator.Validate(provider), "violations[1].date", ValidationCodes.EventAfterAsOf);
    }

    [Fact]
    public void Validate_ViolationWithoutDate_ReportsSV010()
        => ShouldFail(SnapshotValidator.Validate(StoreOperationProvider() with { Violations = [new ProviderViolation { Points = 1, Kind = "K" }] }), "violations[0].date", ValidationCodes.EventDateMissing);

    [Fact]
    public void Validate_NegativeViolationPoints_ReportsSV004()
        => ShouldFail(SnapshotValidator.Validate(StoreOperationProvider() with { Violations = [new ProviderViolation { Date = new DateOnly(2023, 3, 1), Points = -2, Kind = "K" }] }), "violations[0].points", ValidationCodes.NegativeQuantity);

    [Fact]
    public void Validate_ViolationWithoutKind_ReportsSV013()
        => ShouldFail(SnapshotValidator.Validate(StoreOperationProvider() with { Violations = [new ProviderViolation { Date = new DateOnly(2023, 3, 1), Points = 2 }] }), "violations[0].kind", ValidationCodes.CodeMissing);

    [Fact]
    public void Validate_NullViolation_ReportsSV011()
        => ShouldFail(SnapshotValidator.Validate(StoreOperationProvider() with { Violations = [null!] }), "violations[0]", ValidationCodes.NullItem);

    [Fact]
    public void Validate_BlankSoftwareModule_ReportsSV013()
        => ShouldFail(SnapshotValidator.Validate(StoreOperationProvider() with { SoftwareModules = ["StoreDecoration", ""] }), "softwareModules[1]", ValidationCodes.CodeMissing);

    private static void ShouldFail(ValidationResult result, string field, string code)
    {
        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == field && e.Code == code, result.ToString());
    }
}
