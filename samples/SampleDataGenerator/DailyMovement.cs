using Douyin.Eligibility.Snapshots;

namespace SampleDataGenerator;

/// <summary>
/// The sample stores on consecutive days (samples/data/merchants-YYYY-MM-DD.jsonl, for <c>daily</c>): each day starts from the
/// day before and moves realistically — scores and rates drift a little, GMV swings — and a few stores are scripted so that
/// every kind of change occurs: stores sitting on the clearance line drop below it, cleared stores recover, a clean store is
/// cleared on day 2 and reopens on day 3 (its openings rise by one), and a store fixes its brand qualification.
/// </summary>
internal sealed class DailyMovement(Rng rng)
{
    /// <summary>The store that is cleared on day 2 and reopens on day 3 (index 3 of the base list, a clean store).</summary>
    public const int ClearedAndReopened = 3;

    /// <summary>The day after <paramref name="day"/> (day number <paramref name="dayNumber"/>, 2 or more) for every store.</summary>
    public List<MerchantSnapshot> Next(IReadOnlyList<MerchantSnapshot> day, int dayNumber)
        => [.. day.Select((m, index) => Script(index, dayNumber, Drift(m with { AsOf = m.AsOf.AddDays(1) })))];

    private MerchantSnapshot Drift(MerchantSnapshot m) => m with
    {
        ExperienceScore = m.ExperienceScore is { } e && rng.Chance(0.2) ? Math.Clamp(e + rng.Pick([-0.1m, 0.1m]), 1m, 5m) : m.ExperienceScore,
        StoreScore = m.StoreScore is { } s && rng.Chance(0.3) ? Math.Clamp(s + rng.Pick([-0.02m, -0.01m, 0.01m, 0.02m]), 1m, 5m) : m.StoreScore,
        PositiveRate = m.PositiveRate is { } p && rng.Chance(0.3) ? Math.Clamp(p + rng.Pick([-0.005m, -0.002m, 0.002m, 0.005m]), 0m, 1m) : m.PositiveRate,
        Gmv30dFen = m.Gmv30dFen is { } g and > 0 ? Math.Max(0, g + (g * rng.Int(-10, 10) / 100)) : m.Gmv30dFen,
    };

    private static MerchantSnapshot Script(int index, int dayNumber, MerchantSnapshot m) => (index, dayNumber) switch
    {
        // A clean store falls below 3.5 and is cleared; the next day it is back above and reopens (one more opening).
        (ClearedAndReopened, 2) => m with { ExperienceScore = 3.4m },
        (ClearedAndReopened, 3) => m with { ExperienceScore = 3.7m, AllianceOpeningsUsed = (m.AllianceOpeningsUsed ?? 0) + 1 },

        // Stores sitting exactly on the line (3.5) drop below it on day 2; one of them climbs back on day 3.
        (1 or 19, 2) => m with { ExperienceScore = 3.4m },
        (19, 3) => m with { ExperienceScore = 3.6m },

        // Cleared for a low score, recovering: back to 3.5 or above (index 15 and 33 are the clearance-failing archetype).
        (15 or 33, 2) when m.ExperienceScore < 3.5m => m with { ExperienceScore = 3.5m },

        // A non-compliant brand qualification put right on day 3 (the clearance-failing archetype at 51 and 69).
        (51 or 69, 3) => m with { IsBrandQualificationCompliant = true },
        _ => m,
    };
}
