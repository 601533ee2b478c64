using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>The small fixed inputs each loaded workflow is evaluated on: a full snapshot, an empty one (every value missing), or null.</summary>
public static class FuzzInputs
{
    /// <summary>The evaluation date.</summary>
    public static readonly DateOnly AsOf = new(2024, 7, 25);

    private static readonly PenaltyRecord Penalty = new() { Rule = "merchant_violation", Date = new DateOnly(2024, 1, 10), Severity = "General", Description = "测试", Points = 2 };

    private static readonly ControllerStoreSnapshot ControllerStore = new() { Id = "SHOP-2", HasSeriousViolationPenalty = false, HasSeriousTransactionSafetyIncident = false, Penalties = [Penalty] };

    private static readonly ProductSnapshot Product = new() { Id = "P-1", Title = "绿茶", Category = "茶/绿茶", QualityReturnRate = 0.01m, QualityReturnRateThreshold = 0.02m, PickupRate24h = 0.9m, CustomerServiceSatisfactionRate = 0.8m, IsCleared = false };

    private static readonly ProviderViolation Violation = new() { Id = "V-1", Date = new DateOnly(2024, 1, 1), Points = 3, Kind = ProviderViolationKinds.ComplaintNotHandled, Appealed = true, AppealUpheld = false };

    private static readonly Dictionary<Type, object> Full = new()
    {
        [typeof(MerchantSnapshot)] = new MerchantSnapshot
        {
            Id = "SHOP-1", AsOf = AsOf, ShopName = "测试店铺", IsSettled = true, IsStoreOpened = true, IsStoreStatusNormal = true, IsAccountStatusNormal = true,
            SettledDate = new DateOnly(2024, 6, 1), Gmv30dFen = 1_234_500, StoreScore = 4.5m, PositiveRate = 0.9m, ExperienceScore = 4.2m, ExperienceScoreScale = ScoreScale.FivePoint,
            SellsVirtualGoodsOnly = false, WarehouseInspectionPassed = true, IsAllianceConnected = true, IsErpIntegrated = true, IsBrandQualificationCompliant = true,
            IsJudgedUnsuitable = false, AllianceOpeningsUsed = 1, WasClearedForViolation = false, SeriousViolationPoints30d = 0, PenaltyHistoryFrom = new DateOnly(2023, 1, 1),
            Penalties = [Penalty], ControllerStoresKnown = true, ControllerStores = [ControllerStore],
            Products = [Product, Product with { Id = "P-2", QualityReturnRate = 0.03m, IsCleared = true, ClearedDate = new DateOnly(2024, 7, 1) }],
        },
        [typeof(ProductSnapshot)] = Product,
        [typeof(ControllerStoreSnapshot)] = ControllerStore,
        [typeof(PenaltyRecord)] = Penalty,
        [typeof(BrandProviderSnapshot)] = new BrandProviderSnapshot
        {
            Id = "BSP-1", AsOf = AsOf, Name = "品牌服务商", CertifiedDate = new DateOnly(2022, 6, 30), QualificationReviewPassed = true, SubmissionsOnTime = true, ViolationCount = 0,
            ViolationFinesFen = 0, RenewalEligibilityRevoked = false, StandardContractCount = 3, ContractsDefineRightsAndDuties = true, ContractsBindMerchantsToPlatformRules = true,
            DataBackupInPlace = true, AccountManagementProcessInPlace = true, ContentCreativityScore = 80m, AdClickThroughRate = 0.03m, OrderConversionRate = 0.05m,
            FakeOrdersFound = false, HarmfulInformationFound = false, BrandsServed = 3, CustomerSatisfactionRate = 0.9m, PromotionActivityCount = 2, AvgResponseMinutes = 15m,
            ServiceProcessDefined = true, BusinessPlanInPlace = true, TeamSize = 30, BusinessLineCount = 2, RiskManagementInPlace = true, BoundMerchantsSelfSaleGmv30dFen = 100_000_000,
            DepositPaidInFull = true, SupplementaryAgreementSigned = true,
        },
        [typeof(StoreOperationProviderSnapshot)] = new StoreOperationProviderSnapshot
        {
            Id = "DP-1", AsOf = AsOf, Name = "代运营服务商", SoftwareModules = [StoreOperationModules.StoreDecoration, StoreOperationModules.OrderManagement], CooperationCaseCount = 2,
            StampedValidContractCount = 1, RegisteredDate = new DateOnly(2022, 1, 2), RegisteredCapitalFen = 100_000_000, EmployeeCount = 20, HasFixedOffice = true,
            EnterpriseQualificationValid = true, DepositPaidFen = 5_000_000, ViolationHistoryFrom = new DateOnly(2023, 1, 1), Violations = [Violation],
        },
        [typeof(ProviderViolation)] = Violation,
    };

    /// <summary>The inputs for <paramref name="workflow"/>: variant 0 and 1 full snapshots, 2 empty ones, 3 nulls.</summary>
    public static object?[] For(Workflow workflow, int variant)
        => workflow.Inputs.Select(input => variant switch
        {
            0 or 1 => Full.GetValueOrDefault(input.Type),
            2 => Empty(input.Type),
            _ => null,
        }).ToArray();

    private static object? Empty(Type type)
    {
        try
        {
            return Activator.CreateInstance(type);
        }
        catch (MissingMethodException)
        {
            return null;
        }
    }
}
