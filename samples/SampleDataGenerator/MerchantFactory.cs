using Douyin.Eligibility.Snapshots;

namespace SampleDataGenerator;

/// <summary>
/// Merchants for Selected Alliance admission and clearance. Each index gets an archetype (clean, near a threshold,
/// virtual goods, penalties inside or outside the 365-day window, controller-store incidents, unknown data, …) so
/// every outcome occurs; the details within an archetype are random.
/// </summary>
internal sealed class MerchantFactory(Rng rng, DateOnly asOf)
{
    private static readonly DateOnly HistoryStart = new(2021, 1, 1);

    private enum Kind { Clean, NearThresholdPass, LowStoreScore, LowPositiveRate, VirtualGoods, EvasionInWindow, PenaltiesOutsideWindow, ControllerIncident, ControllerUnknown, HistoryIncomplete, OpeningsUsedUp, MissingFields, ClearanceFails, StatusProblems }

    private static readonly Kind[] Cycle =
    [
        Kind.Clean, Kind.NearThresholdPass, Kind.LowStoreScore, Kind.Clean, Kind.LowPositiveRate, Kind.VirtualGoods,
        Kind.EvasionInWindow, Kind.Clean, Kind.PenaltiesOutsideWindow, Kind.ControllerIncident, Kind.ControllerUnknown,
        Kind.Clean, Kind.HistoryIncomplete, Kind.OpeningsUsedUp, Kind.MissingFields, Kind.ClearanceFails, Kind.Clean, Kind.StatusProblems,
    ];

    public MerchantSnapshot Create(int index)
    {
        var kind = Cycle[index % Cycle.Length];
        var category = rng.Pick(Names.Categories);
        var settled = rng.DaysBefore(asOf, 40, 2600);
        var merchant = new MerchantSnapshot
        {
            Id = $"SHOP-{7_100_000 + (index * 3_917) + rng.Int(0, 999):D7}",
            AsOf = asOf,
            ShopName = rng.Pick(Names.ShopPrefixes) + category.ShopCore + rng.Pick(Names.ShopSuffixes),
            IsSettled = true,
            IsStoreOpened = true,
            IsStoreStatusNormal = true,
            IsAccountStatusNormal = true,
            SettledDate = settled,
            Gmv30dFen = rng.Chance(0.1) ? rng.Long(100, 99_999) : rng.Long(100_000, 90_000_000),
            StoreScore = rng.Dec(4.2m, 4.95m, 2),
            PositiveRate = rng.Dec(0.78m, 0.99m, 3),
            ExperienceScore = rng.Dec(3.6m, 4.9m, 1),
            ExperienceScoreScale = ScoreScale.FivePoint,
            SellsVirtualGoodsOnly = false,
            WarehouseInspectionPassed = true,
            IsAllianceConnected = true,
            IsErpIntegrated = true,
            IsBrandQualificationCompliant = true,
            IsJudgedUnsuitable = false,
            AllianceOpeningsUsed = rng.Int(0, 2),
            WasClearedForViolation = false,
            SeriousViolationPoints30d = 0,
            PenaltyHistoryFrom = settled < HistoryStart ? settled : HistoryStart,
            Penalties = rng.Chance(0.35) ? [MinorPenalty()] : [],
            ControllerStoresKnown = true,
            ControllerStores = Enumerable.Range(0, rng.Int(0, 2)).Select(_ => CleanControllerStore()).ToList(),
            Products = Enumerable.Range(0, rng.Int(1, 4)).Select(_ => new ProductFactory(rng, asOf).Create(category)).ToList(),
        };

        return Apply(kind, merchant);
    }

    private MerchantSnapshot Apply(Kind kind, MerchantSnapshot m) => kind switch
    {
        Kind.NearThresholdPass => m with { StoreScore = rng.Pick([4.11m, 4.12m, 4.15m]), PositiveRate = rng.Pick([0.751m, 0.76m, 0.755m]), ExperienceScore = 3.5m },
        Kind.LowStoreScore => m with { StoreScore = rng.Pick([4.1m, 4.09m, 4.0m, 3.85m, 3.6m]) },
        Kind.LowPositiveRate => m with { PositiveRate = rng.Pick([0.75m, 0.749m, 0.72m, 0.68m]) },
        Kind.VirtualGoods => Virtual(m),
        Kind.EvasionInWindow => m with { Penalties = [.. m.Penalties, Penalty(PenaltyRules.PublishingEvasion, asOf.AddDays(-rng.Pick([0, 30, 200, 364])))] },
        Kind.PenaltiesOutsideWindow => m with
        {
            Penalties =
            [
                Penalty(PenaltyRules.PublishingEvasion, asOf.AddDays(-rng.Pick([365, 400, 700]))),
                Penalty(PenaltyRules.MerchantViolation, asOf.AddDays(-rng.Int(1, 300))),
            ],
        },
        Kind.ControllerIncident => m with { ControllerStores = [.. m.ControllerStores, IncidentControllerStore()] },
        Kind.ControllerUnknown => m with { ControllerStoresKnown = rng.Chance(0.5) ? false : null, ControllerStores = [] },
        Kind.HistoryIncomplete => m with { PenaltyHistoryFrom = rng.Chance(0.7) ? asOf.AddDays(-rng.Int(30, 300)) : null, Penalties = [] },
        Kind.OpeningsUsedUp => m with { AllianceOpeningsUsed = 3, WasClearedForViolation = rng.Chance(0.5) },
        Kind.MissingFields => Missing(m),
        Kind.ClearanceFails => rng.Int(0, 2) switch
        {
            0 => m with { ExperienceScore = rng.Pick([3.4m, 3.2m, 2.9m]) },
            1 => m with { IsBrandQualificationCompliant = false },
            _ => m with { IsJudgedUnsuitable = true, ExperienceScore = 3.3m },
        },
        Kind.StatusProblems => rng.Int(0, 4) switch
        {
            0 => m with { IsStoreStatusNormal = false },
            1 => m with { IsAccountStatusNormal = false },
            2 => m with { Gmv30dFen = 0 },
            3 => m with { WarehouseInspectionPassed = false },
            _ => m with { IsErpIntegrated = false, IsAllianceConnected = false },
        },
        _ => m,
    };

    private MerchantSnapshot Virtual(MerchantSnapshot m)
    {
        var products = Enumerable.Range(0, rng.Int(1, 3)).Select(_ => new ProductFactory(rng, asOf).CreateVirtual()).ToList();
        return m with
        {
            ShopName = rng.Pick(Names.ShopPrefixes) + rng.Pick(Names.VirtualShopCores) + rng.Pick(["专营店", "小店", "旗舰店"]),
            SellsVirtualGoodsOnly = true,
            WarehouseInspectionPassed = rng.Chance(0.5) ? false : null,
            IsErpIntegrated = rng.Chance(0.5) ? false : null,
            IsAllianceConnected = rng.Chance(0.7),
            Products = products,
        };
    }

    private MerchantSnapshot Missing(MerchantSnapshot m) => rng.Int(0, 4) switch
    {
        0 => m with { StoreScore = null },
        1 => m with { PositiveRate = null, ExperienceScore = null, ExperienceScoreScale = null },
        2 => m with { Gmv30dFen = null, IsStoreStatusNormal = null },
        3 => m with { IsAccountStatusNormal = null, IsBrandQualificationCompliant = null },
        _ => m with { AllianceOpeningsUsed = null, IsJudgedUnsuitable = null, ShopName = null },
    };

    private PenaltyRecord MinorPenalty()
        => Penalty(rng.Pick([PenaltyRules.MerchantViolation, PenaltyRules.MerchantViolation, "LogisticsDelay"]), asOf.AddDays(-rng.Int(1, 900)));

    private PenaltyRecord Penalty(string rule, DateOnly date) => new()
    {
        Rule = rule,
        Date = date,
        Severity = rule is PenaltyRules.SeriousViolation or PenaltyRules.TransactionSafety ? PenaltySeverities.Serious : rng.Pick([PenaltySeverities.General, PenaltySeverities.General, null]),
        Description = rule == PenaltyRules.PublishingEvasion ? "发布规避信息：引导站外交易" : rng.Pick(Names.PenaltyDescriptions),
        Points = rng.Chance(0.8) ? rng.Int(1, 12) : null,
    };

    private ControllerStoreSnapshot CleanControllerStore() => new()
    {
        Id = $"SHOP-{rng.Int(7_000_000, 7_999_999):D7}",
        HasSeriousViolationPenalty = false,
        HasSeriousTransactionSafetyIncident = false,
        Penalties = rng.Chance(0.3) ? [MinorPenalty()] : [],
    };

    private ControllerStoreSnapshot IncidentControllerStore() => rng.Int(0, 2) switch
    {
        0 => CleanControllerStore() with { HasSeriousViolationPenalty = true },
        1 => CleanControllerStore() with { HasSeriousTransactionSafetyIncident = true },
        _ => CleanControllerStore() with { Penalties = [Penalty(rng.Pick([PenaltyRules.SeriousViolation, PenaltyRules.TransactionSafety]), asOf.AddDays(-rng.Int(10, 500)))] },
    };
}
