using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Support;

/// <summary>Valid snapshots for tests to vary with <c>with</c>, one fact at a time.</summary>
internal static class Snapshots
{
    public static readonly DateOnly AsOf = new(2024, 7, 25);

    public static MerchantSnapshot Merchant() => new()
    {
        Id = "SHOP-1",
        AsOf = AsOf,
        ShopName = "测试店铺",
        IsSettled = true,
        IsStoreOpened = true,
        IsStoreStatusNormal = true,
        IsAccountStatusNormal = true,
        SettledDate = new DateOnly(2024, 6, 1),
        Gmv30dFen = 1_234_500,
        StoreScore = 4.5m,
        PositiveRate = 0.9m,
        ExperienceScore = 4.2m,
        ExperienceScoreScale = ScoreScale.FivePoint,
        SellsVirtualGoodsOnly = false,
        WarehouseInspectionPassed = true,
        IsAllianceConnected = true,
        IsErpIntegrated = true,
        IsBrandQualificationCompliant = true,
        IsJudgedUnsuitable = false,
        AllianceOpeningsUsed = 1,
        WasClearedForViolation = false,
        SeriousViolationPoints30d = 0,
        PenaltyHistoryFrom = new DateOnly(2023, 1, 1),
        Penalties = [new PenaltyRecord { Rule = PenaltyRules.MerchantViolation, Date = new DateOnly(2024, 1, 10), Severity = PenaltySeverities.General, Points = 2 }],
        ControllerStoresKnown = true,
        ControllerStores = [new ControllerStoreSnapshot { Id = "SHOP-2", HasSeriousViolationPenalty = false, HasSeriousTransactionSafetyIncident = false }],
        Products =
        [
            new ProductSnapshot { Id = "P-1", Category = "茶/绿茶", QualityReturnRate = 0.01m, QualityReturnRateThreshold = 0.02m, PickupRate24h = 0.9m, CustomerServiceSatisfactionRate = 0.8m, IsCleared = false },
            new ProductSnapshot { Id = "P-2", Category = "茶/白茶", QualityReturnRate = 0.03m, QualityReturnRateThreshold = 0.02m, IsCleared = true, ClearedDate = new DateOnly(2024, 7, 1) },
        ],
    };

    public static BrandProviderSnapshot BrandProvider() => new()
    {
        Id = "BSP-1",
        AsOf = new DateOnly(2023, 1, 25),
        Name = "品牌服务商",
        CertifiedDate = new DateOnly(2022, 6, 30),
        QualificationReviewPassed = true,
        SubmissionsOnTime = true,
        ViolationCount = 0,
        ViolationFinesFen = 0,
        RenewalEligibilityRevoked = false,
        StandardContractCount = 3,
        ContractsDefineRightsAndDuties = true,
        ContractsBindMerchantsToPlatformRules = true,
        DataBackupInPlace = true,
        AccountManagementProcessInPlace = true,
        ContentCreativityScore = 80m,
        AdClickThroughRate = 0.03m,
        OrderConversionRate = 0.05m,
        FakeOrdersFound = false,
        HarmfulInformationFound = false,
        BrandsServed = 3,
        CustomerSatisfactionRate = 0.9m,
        PromotionActivityCount = 2,
        AvgResponseMinutes = 15m,
        ServiceProcessDefined = true,
        BusinessPlanInPlace = true,
        TeamSize = 30,
        BusinessLineCount = 2,
        RiskManagementInPlace = true,
        BoundMerchantsSelfSaleGmv30dFen = 100_000_000,
        DepositPaidInFull = true,
        SupplementaryAgreementSigned = true,
    };

    public static StoreOperationProviderSnapshot StoreOperationProvider() => new()
    {
        Id = "DP-1",
        AsOf = new DateOnly(2024, 1, 2),
        Name = "代运营服务商",
        SoftwareModules = [StoreOperationModules.StoreDecoration, StoreOperationModules.ProductListing, StoreOperationModules.OrderManagement],
        CooperationCaseCount = 2,
        StampedValidContractCount = 1,
        RegisteredDate = new DateOnly(2022, 1, 2),
        RegisteredCapitalFen = 100_000_000,
        EmployeeCount = 20,
        HasFixedOffice = true,
        EnterpriseQualificationValid = true,
        DepositPaidFen = 5_000_000,
        ViolationHistoryFrom = new DateOnly(2023, 1, 1),
        Violations =
        [
            new ProviderViolation { Id = "V-1", Date = new DateOnly(2023, 12, 1), Points = 3, Kind = ProviderViolationKinds.ComplaintNotHandled, Appealed = false },
            new ProviderViolation { Id = "V-2", Date = new DateOnly(2024, 1, 1), Points = 2, Kind = ProviderViolationKinds.FalseInformation, Appealed = true, AppealUpheld = false },
        ],
    };
}
