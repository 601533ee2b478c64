using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Testing.Generation;

/// <summary>
/// Makes <see cref="MerchantSnapshot"/>s for the benchmarks (and the base of the conformance suite's merchants,
/// <see cref="ConformanceSnapshots"/>), modelled on <c>samples/data/merchants.jsonl</c>:
/// a fixed seed, every snapshot valid, and a mix of eligible stores (about 45%), stores failing one or two of the
/// AllianceAdmission conditions (about 35%), and stores with one or two unknown facts (about 20%, some also failing),
/// which make the affected rules Indeterminate. Lines serialize to about 1.5 KB, like the sample's.
/// </summary>
public static class SnapshotGenerator
{
    /// <summary>The seed used unless another is given.</summary>
    public const int DefaultSeed = 20_261_120;

    /// <summary>The evaluation date of every generated snapshot (the sample's).</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 20);

    private static readonly string[] Cities = ["西湖", "岭南", "蜀山", "江南", "北国", "中原", "海淀", "闽南"];
    private static readonly string[] Kinds = ["数码生活馆", "数码工厂店", "美妆旗舰店", "食品专营店", "家居好物", "服饰优选"];
    private static readonly string[] OtherPenalties = [PenaltyRules.MerchantViolation, "LogisticsDelay", "FalsePromotion", "AfterSalesDelay"];
    private static readonly (string Title, string Category)[] Products =
    [
        ("20W 快充充电头 Type-C", "数码/手机配件"),
        ("无线蓝牙耳机 降噪版", "数码/影音"),
        ("补水保湿面霜 50g", "美妆/护肤"),
        ("手工坚果礼盒 1kg", "食品/零食"),
        ("纯棉四件套 1.8m", "家居/床品"),
        ("轻薄羽绒服 男女同款", "服饰/外套"),
    ];

    /// <summary>Makes <paramref name="count"/> snapshots, lazily; the same seed gives the same snapshots.</summary>
    public static IEnumerable<MerchantSnapshot> Generate(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random, i, AsOf);
        }
    }

    /// <summary>Writes <paramref name="count"/> snapshots to <paramref name="path"/> as JSON Lines, with the library's serializer options.</summary>
    public static void WriteJsonLines(string path, int count, int seed = DefaultSeed)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
        SnapshotJson.WriteJsonLines(writer, Generate(count, seed));
    }

    /// <summary>One snapshot dated <paramref name="asOf"/>, every other date relative to it (what <see cref="Generate"/> yields for <see cref="AsOf"/>).</summary>
    internal static MerchantSnapshot Next(Random random, int index, DateOnly asOf)
    {
        var virtualOnly = random.NextDouble() < 0.1;
        var s = new MerchantSnapshot
        {
            Id = $"SHOP-{7_100_000 + index}",
            AsOf = asOf,
            ShopName = Cities[random.Next(Cities.Length)] + Kinds[random.Next(Kinds.Length)],
            IsSettled = true,
            IsStoreOpened = true,
            IsStoreStatusNormal = true,
            IsAccountStatusNormal = true,
            SettledDate = asOf.AddDays(-random.Next(90, 2_500)),
            Gmv30dFen = random.Next(1, 100_000_000),
            StoreScore = 4.11m + (random.Next(0, 90) / 100m),
            PositiveRate = 0.751m + (random.Next(0, 249) / 1000m),
            ExperienceScore = 3.0m + (random.Next(0, 21) / 10m),
            ExperienceScoreScale = ScoreScale.FivePoint,
            SellsVirtualGoodsOnly = virtualOnly,
            WarehouseInspectionPassed = !virtualOnly || random.NextDouble() < 0.5,
            IsAllianceConnected = true,
            IsErpIntegrated = true,
            IsBrandQualificationCompliant = true,
            IsJudgedUnsuitable = false,
            AllianceOpeningsUsed = random.Next(0, 3),
            WasClearedForViolation = false,
            SeriousViolationPoints30d = 0,
            PenaltyHistoryFrom = asOf.AddDays(-random.Next(400, 2_200)),
            Penalties = Penalties(random, asOf, count: random.Next(0, 3)),
            ControllerStoresKnown = true,
            ControllerStores = ControllerStores(random, asOf, count: random.Next(0, 3)),
            Products = ProductList(random, index, count: random.Next(1, 4)),
        };

        var roll = random.NextDouble();
        if (roll < 0.45)
        {
            return s;
        }

        if (roll < 0.80)
        {
            s = Fail(s, random, asOf);
            return random.NextDouble() < 0.3 ? Fail(s, random, asOf) : s;
        }

        s = Unknown(s, random, asOf);
        if (random.NextDouble() < 0.3)
        {
            s = Unknown(s, random, asOf);
        }

        return random.NextDouble() < 0.3 ? Fail(s, random, asOf) : s;
    }

    // Breaks one of the twelve admission conditions.
    private static MerchantSnapshot Fail(MerchantSnapshot s, Random random, DateOnly asOf) => random.Next(12) switch
    {
        0 => random.NextDouble() < 0.5 ? s with { IsSettled = false } : s with { IsStoreOpened = false },
        1 => s with { IsStoreStatusNormal = false },
        2 => s with { IsAccountStatusNormal = false },
        3 => s with { Gmv30dFen = 0 },
        4 => s with { StoreScore = random.NextDouble() < 0.3 ? 4.1m : 3.5m + (random.Next(0, 60) / 100m) },
        5 => s with { PositiveRate = random.NextDouble() < 0.3 ? 0.75m : 0.5m + (random.Next(0, 250) / 1000m) },
        6 => s with { SellsVirtualGoodsOnly = false, WarehouseInspectionPassed = false },
        7 => s with { SellsVirtualGoodsOnly = false, IsAllianceConnected = false },
        8 => s with { SellsVirtualGoodsOnly = false, IsErpIntegrated = false },
        9 => s with { Penalties = [.. s.Penalties, Penalty(random, PenaltyRules.PublishingEvasion, asOf.AddDays(-random.Next(0, 365)))] },
        10 => s with { ControllerStores = [.. s.ControllerStores, ViolatingStore(random, asOf)] },
        _ => s with { AllianceOpeningsUsed = 3 },
    };

    // Makes one fact unknown (null, or a history that does not cover the window).
    private static MerchantSnapshot Unknown(MerchantSnapshot s, Random random, DateOnly asOf) => random.Next(13) switch
    {
        0 => s with { IsSettled = null },
        1 => s with { IsStoreStatusNormal = null },
        2 => s with { IsAccountStatusNormal = null },
        3 => s with { Gmv30dFen = null },
        4 => s with { StoreScore = null },
        5 => s with { PositiveRate = null },
        6 => s with { SellsVirtualGoodsOnly = null },
        7 => s with { WarehouseInspectionPassed = null, SellsVirtualGoodsOnly = false },
        8 => s with { IsErpIntegrated = null, SellsVirtualGoodsOnly = false },
        9 => s with { PenaltyHistoryFrom = null },
        10 => s with { PenaltyHistoryFrom = asOf.AddDays(-random.Next(0, 300)), Penalties = [] },
        11 => s with { ControllerStoresKnown = random.NextDouble() < 0.5 ? null : false },
        _ => s with { AllianceOpeningsUsed = null },
    };

    private static PenaltyRecord[] Penalties(Random random, DateOnly asOf, int count)
    {
        var penalties = new PenaltyRecord[count];
        for (var i = 0; i < count; i++)
        {
            // Other rules at any time, or an evasion penalty older than the 365-day window.
            penalties[i] = random.NextDouble() < 0.2
                ? Penalty(random, PenaltyRules.PublishingEvasion, asOf.AddDays(-random.Next(365, 1_500)))
                : Penalty(random, OtherPenalties[random.Next(OtherPenalties.Length)], asOf.AddDays(-random.Next(0, 1_500)));
        }

        return penalties;
    }

    internal static PenaltyRecord Penalty(Random random, string rule, DateOnly date) => new()
    {
        Rule = rule,
        Date = date,
        Severity = random.NextDouble() < 0.8 ? PenaltySeverities.General : PenaltySeverities.Serious,
        Description = "违规使用极限词",
        Points = random.Next(1, 13),
    };

    private static ControllerStoreSnapshot[] ControllerStores(Random random, DateOnly asOf, int count)
    {
        var stores = new ControllerStoreSnapshot[count];
        for (var i = 0; i < count; i++)
        {
            stores[i] = new ControllerStoreSnapshot
            {
                Id = $"SHOP-{7_000_000 + random.Next(0, 999_999)}",
                HasSeriousViolationPenalty = false,
                HasSeriousTransactionSafetyIncident = false,
                Penalties = random.NextDouble() < 0.4 ? [Penalty(random, OtherPenalties[random.Next(OtherPenalties.Length)], asOf.AddDays(-random.Next(0, 900)))] : [],
            };
        }

        return stores;
    }

    private static ControllerStoreSnapshot ViolatingStore(Random random, DateOnly asOf) => random.Next(3) switch
    {
        0 => new() { Id = "SHOP-6900001", HasSeriousViolationPenalty = true, HasSeriousTransactionSafetyIncident = false },
        1 => new() { Id = "SHOP-6900002", HasSeriousViolationPenalty = false, HasSeriousTransactionSafetyIncident = true },
        _ => new()
        {
            Id = "SHOP-6900003",
            HasSeriousViolationPenalty = false,
            HasSeriousTransactionSafetyIncident = false,
            Penalties = [Penalty(random, random.NextDouble() < 0.5 ? "SeriousViolation" : "TransactionSafety", asOf.AddDays(-random.Next(0, 2_000)))],
        },
    };

    private static ProductSnapshot[] ProductList(Random random, int index, int count)
    {
        var products = new ProductSnapshot[count];
        for (var i = 0; i < count; i++)
        {
            var (title, category) = Products[random.Next(Products.Length)];
            products[i] = new ProductSnapshot
            {
                Id = $"{3_694_000_000_000L + (index * 10L) + i}",
                Title = title,
                Category = category,
                QualityReturnRate = random.Next(0, 400) / 10_000m,
                QualityReturnRateThreshold = 0.02m,
                PickupRate24h = 0.6m + (random.Next(0, 40) / 100m),
                CustomerServiceSatisfactionRate = 0.7m + (random.Next(0, 30) / 100m),
                IsCleared = false,
            };
        }

        return products;
    }
}
