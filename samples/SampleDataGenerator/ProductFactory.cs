using Douyin.Eligibility.Snapshots;

namespace SampleDataGenerator;

/// <summary>Products with indicators well inside, on and outside the clearance limits, and some unknown.</summary>
internal sealed class ProductFactory(Rng rng, DateOnly asOf)
{
    public ProductSnapshot Create(Names.Category category)
    {
        var product = new ProductSnapshot
        {
            Id = rng.Long(3_600_000_000_000, 3_699_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = rng.Pick(category.Titles),
            Category = category.Path,
            QualityReturnRate = rng.Dec(0m, category.ReturnRateLimit * 0.9m, 4),
            QualityReturnRateThreshold = category.ReturnRateLimit,
            PickupRate24h = rng.Dec(0.55m, 0.99m, 2),
            CustomerServiceSatisfactionRate = rng.Dec(0.7m, 0.98m, 2),
            IsCleared = false,
        };

        return rng.Int(0, 11) switch
        {
            0 => Cleared(product with { QualityReturnRate = category.ReturnRateLimit + rng.Dec(0.001m, 0.02m, 3) }),
            1 => product with { QualityReturnRate = category.ReturnRateLimit },
            2 => Cleared(product with { PickupRate24h = rng.Pick([0.39m, 0.35m, 0.22m]) }),
            3 => product with { PickupRate24h = 0.40m },
            4 => Cleared(product with { CustomerServiceSatisfactionRate = rng.Pick([0.59m, 0.52m, 0.45m]) }),
            5 => product with { QualityReturnRateThreshold = null },
            6 => product with { PickupRate24h = null, CustomerServiceSatisfactionRate = rng.Chance(0.5) ? null : product.CustomerServiceSatisfactionRate },
            _ => product,
        };
    }

    public ProductSnapshot CreateVirtual()
    {
        var (title, path) = rng.Pick(Names.VirtualProducts);
        return new ProductSnapshot
        {
            Id = rng.Long(3_600_000_000_000, 3_699_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Title = title,
            Category = path,
            QualityReturnRate = rng.Dec(0m, 0.004m, 4),
            QualityReturnRateThreshold = 0.005m,
            PickupRate24h = 1.0m,
            CustomerServiceSatisfactionRate = rng.Dec(0.55m, 0.97m, 2),
            IsCleared = false,
        };
    }

    /// <summary>Most products over a limit have already been cleared, some recently; the rest are still promoted.</summary>
    private ProductSnapshot Cleared(ProductSnapshot product)
        => rng.Chance(0.6) ? product with { IsCleared = true, ClearedDate = rng.DaysBefore(asOf, 0, 60) } : product;
}
