using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Testing.Generation;

/// <summary>
/// Brand service providers for the renewal rules: every scorecard figure on, above or below its tier 1 and tier 2
/// thresholds, the certification date around the 2022-12-25 cut-off, the bound merchants' GMV around its minimum,
/// each fact unknown now and then, and (raw) negative figures, rates above 1, dates after the evaluation date and
/// the extremes of each type.
/// </summary>
public static class BrandProviderCases
{
    /// <summary>The seed used unless another is given.</summary>
    public const int DefaultSeed = 10_003;

    private static readonly DateOnly CertificationCutoff = new(2022, 12, 25);

    /// <summary>Makes <paramref name="count"/> providers, lazily; the same arguments give the same providers.</summary>
    public static IEnumerable<BrandProviderSnapshot> Generate(int count, SnapshotKind kind, AsOfDates dates, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random, $"BP-{seed}-{i}", kind, dates.Next(random));
        }
    }

    /// <summary>The providers as cases, each at its own date, plus (raw) one missing input.</summary>
    public static IEnumerable<ConformanceCase> Cases(int count, SnapshotKind kind, AsOfDates dates, int seed = DefaultSeed)
    {
        if (kind == SnapshotKind.Raw)
        {
            yield return new ConformanceCase("brand-provider-null", dates.From.AddDays(400), null);
        }

        foreach (var p in Generate(count, kind, dates, seed))
        {
            yield return new ConformanceCase(p.Id, p.AsOf, p);
        }
    }

    private static BrandProviderSnapshot Next(Random random, string id, SnapshotKind kind, DateOnly asOf)
    {
        // Most facts are good so that whole decisions pass now and then; each is unknown about one time in twelve.
        const double Unknown = 1.0 / 12;
        bool? Good() => random.Flag(0.9, Unknown);
        bool? Bad() => random.Flag(0.1, Unknown);
        decimal? Rate(decimal step, params decimal[] thresholds) => random.Maybe(RandomValues.Clamp(random.Around(step, 2, thresholds), 0m, 1m), Unknown);
        int? Count(params int[] thresholds) => random.Maybe(Math.Max(0, random.Around(1, 2, thresholds)), Unknown);

        var certified = random.Chance(0.5)
            ? CertificationCutoff.AddDays(random.Next(-1, 2))
            : asOf.AddDays(-random.Next(0, 1_500));
        var p = new BrandProviderSnapshot
        {
            Id = id,
            AsOf = asOf,
            Name = random.Chance(0.1) ? null : "杭州星河品牌服务有限公司",
            CertifiedDate = random.Chance(Unknown) ? null : certified > asOf ? asOf : certified,
            QualificationReviewPassed = Good(),
            SubmissionsOnTime = Good(),
            ViolationCount = random.Maybe(random.Pick(0, 0, 0, 1, 2, 3, 5), Unknown),
            ViolationFinesFen = random.Maybe((long)random.Next(0, 1_000_000), Unknown),
            RenewalEligibilityRevoked = Bad(),
            StandardContractCount = Count(1),
            ContractsDefineRightsAndDuties = Good(),
            ContractsBindMerchantsToPlatformRules = Good(),
            DataBackupInPlace = Good(),
            AccountManagementProcessInPlace = Good(),
            ContentCreativityScore = random.Maybe(RandomValues.Clamp(random.Around(0.5m, 2, 60m, 80m), 0m, 100m), Unknown),
            AdClickThroughRate = Rate(0.001m, 0.02m, 0.03m),
            OrderConversionRate = Rate(0.001m, 0.03m, 0.05m),
            FakeOrdersFound = Bad(),
            HarmfulInformationFound = Bad(),
            BrandsServed = Count(3, 10),
            CustomerSatisfactionRate = Rate(0.01m, 0.80m, 0.90m),
            PromotionActivityCount = Count(2, 6),
            AvgResponseMinutes = random.Maybe(Math.Max(0m, random.Around(0.5m, 2, 15m, 30m)), Unknown),
            ServiceProcessDefined = Good(),
            BusinessPlanInPlace = Good(),
            TeamSize = Count(10, 20),
            BusinessLineCount = Count(2, 3),
            RiskManagementInPlace = Good(),
            BoundMerchantsSelfSaleGmv30dFen = random.Maybe(Math.Max(0L, random.Chance(0.6) ? random.Around(1L, 2, 100_000_000L) : random.Next(0, 400_000_000)), Unknown),
            DepositPaidInFull = Good(),
            SupplementaryAgreementSigned = Good(),
        };

        if (kind == SnapshotKind.Raw && random.Chance(0.3))
        {
            p = random.Next(7) switch
            {
                0 => p with { ViolationCount = random.Pick(-1, int.MinValue, int.MaxValue), StandardContractCount = random.Pick(-1, int.MaxValue), TeamSize = random.Pick(-5, int.MinValue) },
                1 => p with { AdClickThroughRate = random.Pick(-0.01m, 1.5m), CustomerSatisfactionRate = random.Pick(2m, -1m), OrderConversionRate = 0.0299999999999999999999999999m },
                2 => p with { CertifiedDate = asOf.AddDays(random.Next(1, 400)), Id = "" },
                3 => p with { BoundMerchantsSelfSaleGmv30dFen = random.Pick(long.MinValue, long.MaxValue, -1L), ViolationFinesFen = -1 },
                4 => p with { ContentCreativityScore = random.Pick(decimal.MaxValue, decimal.MinValue, 100.5m, -3m), AvgResponseMinutes = random.Pick(-1m, decimal.MaxValue) },
                5 => p with { AsOf = random.Pick(default, DateOnly.MaxValue), CertifiedDate = random.Pick<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue) },
                _ => p with { BrandsServed = int.MaxValue, PromotionActivityCount = int.MinValue, BusinessLineCount = -1 },
            };
        }

        return p;
    }
}
