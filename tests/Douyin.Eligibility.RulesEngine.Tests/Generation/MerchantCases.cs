using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Testing.Generation;

/// <summary>
/// Merchants for the conformance suite: the benchmark merchants of <see cref="SnapshotGenerator"/> dated across the
/// rule versions' windows, then varied toward what the other versions and the clearance rules read (100-point
/// experience scores, the 60-day new-merchant exemption, serious-violation points, penalty windows and history
/// start on their boundary day, unknown controller-store flags, judged-unsuitable and cleared-for-violation flags)
/// and, for <see cref="SnapshotKind.Raw"/>, what validation rejects.
/// </summary>
public static class MerchantCases
{
    /// <summary>The seed used unless another is given.</summary>
    public const int DefaultSeed = 10_001;

    private const int PenaltyWindowDays = 365;

    /// <summary>Makes <paramref name="count"/> merchants, lazily; the same arguments give the same merchants.</summary>
    /// <param name="count">How many.</param>
    /// <param name="kind">Valid only, or raw.</param>
    /// <param name="dates">The evaluation dates to spread them over.</param>
    /// <param name="seed">The random seed.</param>
    public static IEnumerable<MerchantSnapshot> Generate(int count, SnapshotKind kind, AsOfDates dates, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var asOf = dates.Next(random);
            var s = SnapshotGenerator.Next(random, i, asOf) with { Id = $"M-{seed}-{i}" };
            for (var n = random.Next(0, 4); n > 0; n--)
            {
                s = Vary(s, random, asOf);
            }

            if (kind == SnapshotKind.Raw)
            {
                for (var n = random.Chance(0.35) ? random.Next(1, 3) : 0; n > 0; n--)
                {
                    s = Corrupt(s, random, asOf);
                }
            }

            yield return s;
        }
    }

    /// <summary>The merchants as cases, each at its own date, plus (raw) one missing input.</summary>
    public static IEnumerable<ConformanceCase> Cases(int count, SnapshotKind kind, AsOfDates dates, int seed = DefaultSeed)
    {
        if (kind == SnapshotKind.Raw)
        {
            yield return new ConformanceCase("merchant-null", dates.From.AddDays(400), null);
        }

        foreach (var s in Generate(count, kind, dates, seed))
        {
            yield return new ConformanceCase(s.Id, s.AsOf, s);
        }
    }

    // A valid change toward what some rule version reads.
    private static MerchantSnapshot Vary(MerchantSnapshot s, Random random, DateOnly asOf) => random.Next(20) switch
    {
        0 => s with { ExperienceScoreScale = ScoreScale.FivePoint, ExperienceScore = random.Chance(0.1) ? null : RandomValues.Clamp(random.Around(0.01m, 1, 3.5m, 4.0m, 4.2m), 0m, 5m) },
        1 => s with { ExperienceScoreScale = ScoreScale.HundredPoint, ExperienceScore = random.Chance(0.1) ? null : RandomValues.Clamp(random.Around(0.5m, 3, 70m, 0m, 100m), 0m, 100m) },
        2 => s with { ExperienceScore = null, ExperienceScoreScale = random.Pick<ScoreScale?>(null, ScoreScale.FivePoint, ScoreScale.HundredPoint) },
        3 => s with { StoreScore = RandomValues.Clamp(random.Around(0.01m, 2, 4.1m, 4.5m), 0m, 5m) },
        4 => s with { PositiveRate = RandomValues.Clamp(random.Around(0.001m, 2, 0.75m, 0.80m), 0m, 1m) },
        5 => s with { IsSettled = random.Flag(0.7, 0.15), IsStoreOpened = random.Flag(0.7, 0.15), IsAccountStatusNormal = random.Flag(0.7, 0.15) },
        6 => s with { IsJudgedUnsuitable = random.Flag(0.3, 0.2), IsBrandQualificationCompliant = random.Flag(0.7, 0.2) },
        7 => s with { WasClearedForViolation = random.Flag(0.3, 0.3) },
        8 => s with { SeriousViolationPoints30d = random.Maybe(Math.Max(0, random.Around(1, 3, 4)), 0.2) },
        9 => s with { SettledDate = random.Chance(0.15) ? null : asOf.AddDays(-random.Pick(0, 1, 58, 59, 60, 61, 62, 400)) },
        10 => s with { Penalties = [.. s.Penalties, SnapshotGenerator.Penalty(random, random.Pick(PenaltyRules.PublishingEvasion, PenaltyRules.MerchantViolation), asOf.AddDays(-random.Pick(0, 1, 363, 364, 365, 366, 367)))] },
        11 => s with { PenaltyHistoryFrom = random.Chance(0.2) ? null : asOf.AddDays(1 - PenaltyWindowDays + random.Next(-1, 2)) },
        12 => s with { Penalties = [], PenaltyHistoryFrom = random.Chance(0.5) ? asOf.AddDays(-random.Next(364, 3_000)) : asOf },
        13 => s with { ControllerStoresKnown = random.Pick<bool?>(true, true, false, null), ControllerStores = [.. s.ControllerStores, UnclearStore(random, asOf)] },
        14 => s with { ControllerStoresKnown = random.Pick<bool?>(true, false, null), ControllerStores = [] },
        15 => s with { AllianceOpeningsUsed = random.Pick<int?>(0, 2, 3, 4, null) },
        16 => s with { Gmv30dFen = random.Pick<long?>(0, 1, null, 9_000_000_000_000) },
        17 => s with { SellsVirtualGoodsOnly = random.Flag(0.3, 0.2), WarehouseInspectionPassed = random.Flag(0.6, 0.2), IsAllianceConnected = random.Flag(0.6, 0.2), IsErpIntegrated = random.Flag(0.6, 0.2) },
        18 => s with { Products = [.. ProductCases.List(random, s.Id, random.Next(0, 4), SnapshotKind.Valid, asOf)] },
        _ => s with
        {
            // Unknown severity and points, and a rule code in another case (ordinal comparison: not the evasion rule).
            Penalties = [.. s.Penalties, SnapshotGenerator.Penalty(random, random.Pick("publishingevasion", "PublishingEvasion ", "SeriousViolation"), asOf.AddDays(-random.Next(0, 400))) with { Severity = null, Points = null }],
        },
    };

    // A controller store whose flags may be unknown, or whose penalties are of the barring kinds.
    private static ControllerStoreSnapshot UnclearStore(Random random, DateOnly asOf) => new()
    {
        Id = $"SHOP-{6_800_000 + random.Next(0, 99_999)}",
        HasSeriousViolationPenalty = random.Flag(0.2, 0.3),
        HasSeriousTransactionSafetyIncident = random.Flag(0.2, 0.3),
        Penalties = random.Chance(0.3)
            ? [SnapshotGenerator.Penalty(random, random.Pick(PenaltyRules.SeriousViolation, PenaltyRules.TransactionSafety, PenaltyRules.MerchantViolation), asOf.AddDays(-random.Next(0, 2_000)))]
            : [],
    };

    // Something validation rejects, or a value at the edge of its type.
    private static MerchantSnapshot Corrupt(MerchantSnapshot s, Random random, DateOnly asOf) => random.Next(13) switch
    {
        0 => s with { Penalties = [.. s.Penalties, null!] },
        1 => s with { ControllerStores = [.. s.ControllerStores, null!], ControllerStoresKnown = true },
        2 => s with { Products = [.. s.Products, null!] },
        3 => s with { Penalties = [.. s.Penalties, SnapshotGenerator.Penalty(random, null!, asOf.AddDays(-random.Next(0, 30)))] },
        4 => s with { Penalties = [.. s.Penalties, SnapshotGenerator.Penalty(random, PenaltyRules.PublishingEvasion, random.Chance(0.5) ? default : asOf.AddDays(random.Next(1, 30)))] },
        5 => s with { Gmv30dFen = -random.Next(1, 1_000), AllianceOpeningsUsed = -random.Next(1, 5), SeriousViolationPoints30d = -random.Next(1, 5) },
        6 => s with { StoreScore = random.Pick(5.01m, 7m, -0.1m), PositiveRate = random.Pick(1.001m, -0.25m, 2m) },
        7 => s with { ExperienceScore = random.Pick(3.9m, 71m, 120m, -1m), ExperienceScoreScale = random.Pick<ScoreScale?>(null, (ScoreScale)0, (ScoreScale)99, ScoreScale.FivePoint) },
        8 => s with { Gmv30dFen = random.Pick(long.MaxValue, long.MinValue), AllianceOpeningsUsed = random.Pick(int.MaxValue, int.MinValue), SeriousViolationPoints30d = random.Pick(int.MaxValue, int.MinValue) },
        9 => s with { Id = "", SettledDate = asOf.AddDays(random.Next(1, 90)), PenaltyHistoryFrom = asOf.AddDays(random.Next(1, 90)) },
        10 => s with
        {
            ControllerStoresKnown = true,
            ControllerStores = [.. s.ControllerStores, new ControllerStoreSnapshot { Id = "", Penalties = [null!, SnapshotGenerator.Penalty(random, null!, asOf)] }],
        },
        // No date (what a line without asOf reads as) or the last date: date arithmetic leaves the calendar.
        11 => s with { AsOf = random.Pick(default, DateOnly.MaxValue), PenaltyHistoryFrom = random.Pick<DateOnly?>(null, DateOnly.MinValue, DateOnly.MaxValue), SettledDate = random.Pick<DateOnly?>(null, DateOnly.MaxValue) },
        _ => s with { StoreScore = 4.1000000000000000000000000001m, PositiveRate = 0.7500000000000000000000000001m, ExperienceScore = 3.4999999999999999999999999999m, ExperienceScoreScale = ScoreScale.FivePoint },
    };
}
