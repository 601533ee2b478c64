using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Testing.Generation;

/// <summary>
/// Products for product clearance: return rates on, just above and just below their category's limit, 24-hour
/// pickup and customer-service satisfaction rates around the rules' minimums, unknown values and limits, and (raw)
/// rates outside [0, 1], digits beyond any threshold's and the extremes of <see cref="decimal"/>.
/// </summary>
public static class ProductCases
{
    /// <summary>The seed used unless another is given.</summary>
    public const int DefaultSeed = 10_002;

    private static readonly decimal[] Limits = [0.02m, 0.05m, 0.015m];

    /// <summary>Products as cases, each judged at a date from <paramref name="dates"/>, plus (raw) one missing input.</summary>
    public static IEnumerable<ConformanceCase> Cases(int count, SnapshotKind kind, AsOfDates dates, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        if (kind == SnapshotKind.Raw)
        {
            yield return new ConformanceCase("product-null", dates.From.AddDays(400), null);
        }

        for (var i = 0; i < count; i++)
        {
            var asOf = dates.Next(random);
            var product = Next(random, $"P-{seed}-{i}", kind, asOf);
            yield return new ConformanceCase(product.Id, kind == SnapshotKind.Raw && random.Chance(0.01) ? random.Pick(default, DateOnly.MaxValue) : asOf, product);
        }
    }

    /// <summary><paramref name="count"/> products of one store (ids unique within it), dated no later than <paramref name="asOf"/>.</summary>
    internal static IEnumerable<ProductSnapshot> List(Random random, string storeId, int count, SnapshotKind kind, DateOnly asOf)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(random, $"{storeId}-P{i}", kind, asOf);
        }
    }

    private static ProductSnapshot Next(Random random, string id, SnapshotKind kind, DateOnly asOf)
    {
        var limit = random.Maybe(random.Pick(Limits), 0.08);
        var p = new ProductSnapshot
        {
            Id = id,
            Title = random.Chance(0.1) ? null : "补水保湿面霜 50g",
            Category = random.Chance(0.1) ? null : "美妆/护肤",
            QualityReturnRate = random.Chance(0.1) ? null : random.Next(4) switch
            {
                0 => limit ?? 0.02m,
                1 => (limit ?? 0.02m) + 0.0001m,
                2 => (limit ?? 0.02m) - 0.0001m,
                _ => random.Next(0, 600) / 10_000m,
            },
            QualityReturnRateThreshold = limit,
            PickupRate24h = random.Maybe(RandomValues.Clamp(random.Chance(0.6) ? random.Around(0.01m, 3, 0.40m) : random.Next(0, 101) / 100m, 0m, 1m), 0.1),
            CustomerServiceSatisfactionRate = random.Maybe(RandomValues.Clamp(random.Chance(0.6) ? random.Around(0.01m, 3, 0.60m) : random.Next(0, 101) / 100m, 0m, 1m), 0.1),
            IsCleared = random.Flag(0.1, 0.2),
            ClearedDate = random.Chance(0.8) ? null : asOf.AddDays(-random.Next(0, 200)),
        };

        if (kind == SnapshotKind.Raw && random.Chance(0.3))
        {
            p = random.Next(5) switch
            {
                0 => p with { QualityReturnRate = random.Pick(-0.01m, 1.5m), QualityReturnRateThreshold = random.Pick<decimal?>(-0.02m, 2m, null) },
                1 => p with { PickupRate24h = random.Pick(-1m, 1.01m, 0.3999999999999999999999999999m, 0.4000000000000000000000000001m) },
                2 => p with { CustomerServiceSatisfactionRate = random.Pick(decimal.MaxValue, decimal.MinValue, 0.5999999999999999999999999999m) },
                3 => p with { QualityReturnRate = decimal.MaxValue, QualityReturnRateThreshold = decimal.MinValue },
                _ => p with { Id = "", ClearedDate = asOf.AddDays(random.Next(1, 30)) },
            };
        }

        return p;
    }
}
