using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>
/// Snapshots that pass every rule of the shipped default rule files; tests change one field with <c>with</c>.
/// </summary>
internal static class PassingSnapshots
{
    /// <summary>The date the default (seed) Alliance rules take effect.</summary>
    public static readonly DateOnly AllianceAsOf = new(2025, 1, 1);

    public static readonly DateOnly RenewalAsOf = new(2023, 1, 25);

    public static readonly DateOnly StoreOperationAsOf = new(2024, 6, 30);

    /// <summary>A store that passes admission (every version) and stays under every clearance version on <paramref name="asOf"/>.</summary>
    public static MerchantSnapshot Merchant(DateOnly? asOf = null)
    {
        var date = asOf ?? AllianceAsOf;
        return new MerchantSnapshot
        {
            Id = "SHOP-RULES-1",
            AsOf = date,
            ShopName = "规则测试店",
            IsSettled = true,
            IsStoreOpened = true,
            IsStoreStatusNormal = true,
            IsAccountStatusNormal = true,
            SettledDate = date.AddDays(-800),
            Gmv30dFen = 5_000_000,
            StoreScore = 4.8m,
            PositiveRate = 0.95m,
            ExperienceScore = 4.6m,
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
            PenaltyHistoryFrom = date.AddDays(-700),
            Penalties = [],
            ControllerStoresKnown = true,
            ControllerStores = [new ControllerStoreSnapshot { Id = "SHOP-RULES-2", HasSeriousViolationPenalty = false, HasSeriousTransactionSafetyIncident = false }],
        };
    }

    public static ProductSnapshot Product() => new()
    {
        Id = "P-RULES-1",
        Category = "茶/绿茶",
        QualityReturnRate = 0.01m,
        QualityReturnRateThreshold = 0.02m,
        PickupRate24h = 0.9m,
        CustomerServiceSatisfactionRate = 0.9m,
        IsCleared = false,
    };

    /// <summary>A provider that passes every hard gate and reaches the top band of every scorecard criterion (100 points).</summary>
    public static BrandProviderSnapshot BrandProvider() => new()
    {
        Id = "BSP-RULES-1",
        AsOf = RenewalAsOf,
        Name = "规则测试品牌服务商",
        CertifiedDate = new DateOnly(2022, 6, 30),
        QualificationReviewPassed = true,
        SubmissionsOnTime = true,
        ViolationCount = 0,
        ViolationFinesFen = 0,
        RenewalEligibilityRevoked = false,
        StandardContractCount = 12,
        ContractsDefineRightsAndDuties = true,
        ContractsBindMerchantsToPlatformRules = true,
        DataBackupInPlace = true,
        AccountManagementProcessInPlace = true,
        ContentCreativityScore = 85m,
        AdClickThroughRate = 0.04m,
        OrderConversionRate = 0.06m,
        FakeOrdersFound = false,
        HarmfulInformationFound = false,
        BrandsServed = 12,
        CustomerSatisfactionRate = 0.95m,
        PromotionActivityCount = 8,
        AvgResponseMinutes = 10m,
        ServiceProcessDefined = true,
        BusinessPlanInPlace = true,
        TeamSize = 40,
        BusinessLineCount = 4,
        RiskManagementInPlace = true,
        BoundMerchantsSelfSaleGmv30dFen = 150_000_000,
        DepositPaidInFull = true,
        SupplementaryAgreementSigned = true,
    };

    /// <summary>A provider that meets every admission condition and has no violations this year (history complete).</summary>
    public static StoreOperationProviderSnapshot StoreOperationProvider() => new()
    {
        Id = "DP-RULES-1",
        AsOf = StoreOperationAsOf,
        Name = "规则测试代运营",
        SoftwareModules = [StoreOperationModules.StoreDecoration, StoreOperationModules.ProductListing, StoreOperationModules.OrderManagement, StoreOperationModules.CustomerService],
        CooperationCaseCount = 3,
        StampedValidContractCount = 2,
        RegisteredDate = new DateOnly(2020, 3, 1),
        RegisteredCapitalFen = 200_000_000,
        EmployeeCount = 35,
        HasFixedOffice = true,
        EnterpriseQualificationValid = true,
        DepositPaidFen = 5_000_000,
        ViolationHistoryFrom = new DateOnly(2020, 3, 1),
        Violations = [],
    };

    public static PenaltyRecord Penalty(string rule, DateOnly date) => new() { Rule = rule, Date = date, Severity = PenaltySeverities.General, Points = 2 };

    public static ProviderViolation Violation(DateOnly date, int points, bool? appealUpheld = null)
        => new() { Date = date, Points = points, Kind = ProviderViolationKinds.ServiceNotAsPromised, AppealUpheld = appealUpheld };
}
