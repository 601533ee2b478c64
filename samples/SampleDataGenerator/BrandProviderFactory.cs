using Douyin.Eligibility.Snapshots;

namespace SampleDataGenerator;

/// <summary>Brand service providers for the 2023 renewal: strong, weak scorecards, failed hard gates, unknowns.</summary>
internal sealed class BrandProviderFactory(Rng rng, DateOnly asOf)
{
    public BrandProviderSnapshot Create(int index)
    {
        var strong = index % 3 != 2;
        var provider = new BrandProviderSnapshot
        {
            Id = $"BSP-{100_200 + (index * 37) + rng.Int(0, 30)}",
            AsOf = asOf,
            Name = rng.Pick(Names.Cities) + rng.Pick(Names.CompanyWords) + rng.Pick(Names.BrandProviderKinds) + "有限公司",
            CertifiedDate = rng.DaysBefore(new DateOnly(2022, 12, 25), 0, 700),
            QualificationReviewPassed = true,
            SubmissionsOnTime = true,
            ViolationCount = strong ? rng.Int(0, 1) : rng.Int(0, 5),
            ViolationFinesFen = 0,
            RenewalEligibilityRevoked = false,
            StandardContractCount = rng.Int(1, 30),
            ContractsDefineRightsAndDuties = true,
            ContractsBindMerchantsToPlatformRules = true,
            DataBackupInPlace = true,
            AccountManagementProcessInPlace = true,
            ContentCreativityScore = strong ? rng.Int(70, 95) : rng.Int(35, 75),
            AdClickThroughRate = strong ? rng.Dec(0.022m, 0.05m, 3) : rng.Dec(0.005m, 0.025m, 3),
            OrderConversionRate = strong ? rng.Dec(0.035m, 0.08m, 3) : rng.Dec(0.01m, 0.035m, 3),
            FakeOrdersFound = false,
            HarmfulInformationFound = false,
            BrandsServed = strong ? rng.Int(6, 25) : rng.Int(1, 5),
            CustomerSatisfactionRate = strong ? rng.Dec(0.85m, 0.98m, 2) : rng.Dec(0.65m, 0.85m, 2),
            PromotionActivityCount = strong ? rng.Int(4, 12) : rng.Int(0, 3),
            AvgResponseMinutes = strong ? rng.Dec(3m, 20m, 1) : rng.Dec(18m, 60m, 1),
            ServiceProcessDefined = true,
            BusinessPlanInPlace = strong || rng.Chance(0.5),
            TeamSize = strong ? rng.Int(15, 120) : rng.Int(3, 15),
            BusinessLineCount = strong ? rng.Int(2, 5) : rng.Int(1, 2),
            RiskManagementInPlace = strong || rng.Chance(0.5),
            BoundMerchantsSelfSaleGmv30dFen = strong ? rng.Long(100_000_000, 900_000_000) : rng.Long(20_000_000, 180_000_000),
            DepositPaidInFull = true,
            SupplementaryAgreementSigned = true,
        };
        if (provider.ViolationCount > 0)
        {
            provider = provider with { ViolationFinesFen = provider.ViolationCount * rng.Long(50_000, 500_000) };
        }

        return (index % 8) switch
        {
            3 => Gate(provider),
            5 => Unknown(provider),
            6 => provider with { BoundMerchantsSelfSaleGmv30dFen = rng.Pick([100_000_000L, 99_999_999L, 99_000_000L]) },
            7 => provider with { CertifiedDate = rng.Pick([new DateOnly(2022, 12, 25), new DateOnly(2022, 12, 26), new DateOnly(2023, 1, 10)]) },
            _ => provider,
        };
    }

    private BrandProviderSnapshot Gate(BrandProviderSnapshot p) => rng.Int(0, 7) switch
    {
        0 => p with { QualificationReviewPassed = false },
        1 => p with { SubmissionsOnTime = false },
        2 => p with { RenewalEligibilityRevoked = true, ViolationCount = 4, ViolationFinesFen = 2_000_000 },
        3 => p with { ContractsBindMerchantsToPlatformRules = false },
        4 => p with { DataBackupInPlace = false },
        5 => p with { FakeOrdersFound = true },
        6 => p with { HarmfulInformationFound = true },
        _ => p with { DepositPaidInFull = false, SupplementaryAgreementSigned = rng.Chance(0.5) },
    };

    private BrandProviderSnapshot Unknown(BrandProviderSnapshot p) => rng.Int(0, 3) switch
    {
        0 => p with { SubmissionsOnTime = null },
        1 => p with { BoundMerchantsSelfSaleGmv30dFen = null },
        2 => p with { AdClickThroughRate = null, OrderConversionRate = null },
        _ => p with { CertifiedDate = null, Name = null },
    };
}
