using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Support;

/// <summary>
/// Valid snapshots for tests to vary with <c>with</c>, one fact at a time; <see cref="Passing"/> turns them into
/// snapshots that pass every rule of the shipped default rule files.
/// </summary>
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
        Penalties = [Passing.Penalty(PenaltyRules.MerchantViolation, new DateOnly(2024, 1, 10))],
        ControllerStoresKnown = true,
        ControllerStores = [ControllerStore("SHOP-2")],
        Products =
        [
            Product(),
            new ProductSnapshot { Id = "P-2", Category = "茶/白茶", QualityReturnRate = 0.03m, QualityReturnRateThreshold = 0.02m, IsCleared = true, ClearedDate = new DateOnly(2024, 7, 1) },
        ],
    };

    public static ProductSnapshot Product() => new()
    {
        Id = "P-1",
        Category = "茶/绿茶",
        QualityReturnRate = 0.01m,
        QualityReturnRateThreshold = 0.02m,
        PickupRate24h = 0.9m,
        CustomerServiceSatisfactionRate = 0.8m,
        IsCleared = false,
    };

    public static BrandProviderSnapshot BrandProvider() => new()
    {
        Id = "BSP-1",
        AsOf = Passing.RenewalAsOf,
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
        SoftwareModulesKnown = true,
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

    private static ControllerStoreSnapshot ControllerStore(string id)
        => new() { Id = id, HasSeriousViolationPenalty = false, HasSeriousTransactionSafetyIncident = false };

    /// <summary>
    /// The snapshots above, changed to pass every rule of the shipped default rule files; rule tests change one
    /// field with <c>with</c>.
    /// </summary>
    internal static class Passing
    {
        /// <summary>The date the default (seed) Alliance rules take effect.</summary>
        public static readonly DateOnly AllianceAsOf = new(2025, 1, 1);

        public static readonly DateOnly RenewalAsOf = new(2023, 1, 25);

        public static readonly DateOnly StoreOperationAsOf = new(2024, 6, 30);

        /// <summary>A store that passes admission (every version) and stays under every clearance version on <paramref name="asOf"/>.</summary>
        public static MerchantSnapshot Merchant(DateOnly? asOf = null)
        {
            var date = asOf ?? AllianceAsOf;
            return Snapshots.Merchant() with
            {
                Id = "SHOP-RULES-1",
                AsOf = date,
                ShopName = "规则测试店",
                SettledDate = date.AddDays(-800),
                Gmv30dFen = 5_000_000,
                StoreScore = 4.8m,
                PositiveRate = 0.95m,
                ExperienceScore = 4.6m,
                PenaltyHistoryFrom = date.AddDays(-700),
                Penalties = [],
                ControllerStores = [ControllerStore("SHOP-RULES-2")],
                Products = [],
            };
        }

        public static ProductSnapshot Product() => Snapshots.Product() with { Id = "P-RULES-1", CustomerServiceSatisfactionRate = 0.9m };

        /// <summary>A provider that passes every hard gate and reaches the top band of every scorecard criterion (100 points).</summary>
        public static BrandProviderSnapshot BrandProvider() => Snapshots.BrandProvider() with
        {
            Id = "BSP-RULES-1",
            AsOf = RenewalAsOf,
            Name = "规则测试品牌服务商",
            StandardContractCount = 12,
            ContentCreativityScore = 85m,
            AdClickThroughRate = 0.04m,
            OrderConversionRate = 0.06m,
            BrandsServed = 12,
            CustomerSatisfactionRate = 0.95m,
            PromotionActivityCount = 8,
            AvgResponseMinutes = 10m,
            TeamSize = 40,
            BusinessLineCount = 4,
            BoundMerchantsSelfSaleGmv30dFen = 150_000_000,
        };

        /// <summary>A provider that meets every admission condition and has no violations this year (history complete).</summary>
        public static StoreOperationProviderSnapshot StoreOperationProvider() => Snapshots.StoreOperationProvider() with
        {
            Id = "DP-RULES-1",
            AsOf = StoreOperationAsOf,
            Name = "规则测试代运营",
            SoftwareModules = [StoreOperationModules.StoreDecoration, StoreOperationModules.ProductListing, StoreOperationModules.OrderManagement, StoreOperationModules.CustomerService],
            SoftwareModulesKnown = true,
            CooperationCaseCount = 3,
            StampedValidContractCount = 2,
            RegisteredDate = new DateOnly(2020, 3, 1),
            RegisteredCapitalFen = 200_000_000,
            EmployeeCount = 35,
            ViolationHistoryFrom = new DateOnly(2020, 3, 1),
            Violations = [],
        };

        public static PenaltyRecord Penalty(string rule, DateOnly date) => new() { Rule = rule, Date = date, Severity = PenaltySeverities.General, Points = 2 };

        public static ProviderViolation Violation(DateOnly date, int points, bool? appealUpheld = null)
            => new() { Date = date, Points = points, Kind = ProviderViolationKinds.ServiceNotAsPromised, AppealUpheld = appealUpheld };
    }
}
