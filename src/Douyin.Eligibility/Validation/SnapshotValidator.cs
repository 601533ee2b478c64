using Douyin.Eligibility.Snapshots;
using static Douyin.Eligibility.Validation.ValidationCollector;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// Checks a snapshot's values against the conventions in docs/snapshots.md (ids present, unique among a store's
/// products and free of control characters, strings and lists within their declared maximum sizes, money and counts
/// not negative, rates in [0, 1], scores within their scale, nothing dated after <c>asOf</c>) and reports every problem
/// with its JSON path. It never throws. It does not judge eligibility: unknown (null) values are valid here, and
/// the rules treat them as indeterminate.
/// </summary>
public static class SnapshotValidator
{
    private const string Root = "";

    /// <summary>Validates a store snapshot, its penalties, controller stores and products.</summary>
    /// <param name="snapshot">The snapshot; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    public static ValidationResult Validate(MerchantSnapshot? snapshot)
    {
        var c = new ValidationCollector();
        if (snapshot is null)
        {
            return Missing(c);
        }

        var asOf = snapshot.AsOf;
        Header(c, snapshot);
        c.Name(Field(Root, nameof(MerchantSnapshot.ShopName)), snapshot.ShopName);
        c.NotAfterAsOf(Field(Root, nameof(MerchantSnapshot.SettledDate)), snapshot.SettledDate, asOf);
        c.Money(Field(Root, nameof(MerchantSnapshot.Gmv30dFen)), snapshot.Gmv30dFen);
        c.Score(Field(Root, nameof(MerchantSnapshot.StoreScore)), snapshot.StoreScore, 5m);
        c.Rate(Field(Root, nameof(MerchantSnapshot.PositiveRate)), snapshot.PositiveRate);
        c.Score(Field(Root, nameof(MerchantSnapshot.ExperienceScore)), snapshot.ExperienceScore,
            Field(Root, nameof(MerchantSnapshot.ExperienceScoreScale)), snapshot.ExperienceScoreScale);
        c.Quantity(Field(Root, nameof(MerchantSnapshot.AllianceOpeningsUsed)), snapshot.AllianceOpeningsUsed);
        c.Quantity(Field(Root, nameof(MerchantSnapshot.SeriousViolationPoints30d)), snapshot.SeriousViolationPoints30d);
        c.NotAfterAsOf(Field(Root, nameof(MerchantSnapshot.PenaltyHistoryFrom)), snapshot.PenaltyHistoryFrom, asOf);
        Penalties(c, Field(Root, nameof(MerchantSnapshot.Penalties)), snapshot.Penalties, Max<MerchantSnapshot>(nameof(MerchantSnapshot.Penalties)), asOf);

        var stores = Field(Root, nameof(MerchantSnapshot.ControllerStores));
        ForEach(c, stores, snapshot.ControllerStores, Max<MerchantSnapshot>(nameof(MerchantSnapshot.ControllerStores)), (path, store) =>
        {
            c.Limits(path, store);
            c.Id(Field(path, nameof(ControllerStoreSnapshot.Id)), store.Id);
            Penalties(c, Field(path, nameof(ControllerStoreSnapshot.Penalties)), store.Penalties, Max<ControllerStoreSnapshot>(nameof(ControllerStoreSnapshot.Penalties)), asOf);
        });

        var products = Field(Root, nameof(MerchantSnapshot.Products));
        if (ForEach(c, products, snapshot.Products, Max<MerchantSnapshot>(nameof(MerchantSnapshot.Products)), (path, product) => Product(c, path, product, asOf)))
        {
            c.UniqueIds(products, snapshot.Products, p => p.Id, nameof(ProductSnapshot.Id));
        }

        return c.ToResult();
    }

    /// <summary>
    /// Validates one product on its own, judged as of <paramref name="asOf"/> (the owning store's date); fields are
    /// reported relative to the product (<c>qualityReturnRate</c>, not <c>products[0].qualityReturnRate</c>).
    /// </summary>
    /// <param name="product">The product; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    /// <param name="asOf">The evaluation date; <c>default</c> gives <see cref="ValidationCodes.AsOfMissing"/>.</param>
    public static ValidationResult Validate(ProductSnapshot? product, DateOnly asOf)
    {
        var c = new ValidationCollector();
        if (product is null)
        {
            return Missing(c);
        }

        c.AsOf(Field(Root, nameof(ISnapshot.AsOf)), asOf);
        Product(c, Root, product, asOf);
        return c.ToResult();
    }

    /// <summary>Validates a brand service provider snapshot.</summary>
    /// <param name="snapshot">The snapshot; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    public static ValidationResult Validate(BrandProviderSnapshot? snapshot)
    {
        var c = new ValidationCollector();
        if (snapshot is null)
        {
            return Missing(c);
        }

        Header(c, snapshot);
        c.Name(Field(Root, nameof(BrandProviderSnapshot.Name)), snapshot.Name);
        c.NotAfterAsOf(Field(Root, nameof(BrandProviderSnapshot.CertifiedDate)), snapshot.CertifiedDate, snapshot.AsOf);
        c.Quantity(Field(Root, nameof(BrandProviderSnapshot.ViolationCount)), snapshot.ViolationCount);
        c.Money(Field(Root, nameof(BrandProviderSnapshot.ViolationFinesFen)), snapshot.ViolationFinesFen);
        c.Quantity(Field(Root, nameof(BrandProviderSnapshot.StandardContractCount)), snapshot.StandardContractCount);
        c.Score(Field(Root, nameof(BrandProviderSnapshot.ContentCreativityScore)), snapshot.ContentCreativityScore, 100m);
        c.Rate(Field(Root, nameof(BrandProviderSnapshot.AdClickThroughRate)), snapshot.AdClickThroughRate);
        c.Rate(Field(Root, nameof(BrandProviderSnapshot.OrderConversionRate)), snapshot.OrderConversionRate);
        c.Quantity(Field(Root, nameof(BrandProviderSnapshot.BrandsServed)), snapshot.BrandsServed);
        c.Rate(Field(Root, nameof(BrandProviderSnapshot.CustomerSatisfactionRate)), snapshot.CustomerSatisfactionRate);
        c.Quantity(Field(Root, nameof(BrandProviderSnapshot.PromotionActivityCount)), snapshot.PromotionActivityCount);
        c.Quantity(Field(Root, nameof(BrandProviderSnapshot.AvgResponseMinutes)), snapshot.AvgResponseMinutes);
        c.Quantity(Field(Root, nameof(BrandProviderSnapshot.TeamSize)), snapshot.TeamSize);
        c.Quantity(Field(Root, nameof(BrandProviderSnapshot.BusinessLineCount)), snapshot.BusinessLineCount);
        c.Money(Field(Root, nameof(BrandProviderSnapshot.BoundMerchantsSelfSaleGmv30dFen)), snapshot.BoundMerchantsSelfSaleGmv30dFen);
        return c.ToResult();
    }

    /// <summary>Validates a store-operation service provider snapshot and its violations.</summary>
    /// <param name="snapshot">The snapshot; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    public static ValidationResult Validate(StoreOperationProviderSnapshot? snapshot)
    {
        var c = new ValidationCollector();
        if (snapshot is null)
        {
            return Missing(c);
        }

        var asOf = snapshot.AsOf;
        Header(c, snapshot);
        c.Name(Field(Root, nameof(StoreOperationProviderSnapshot.Name)), snapshot.Name);
        var modules = Field(Root, nameof(StoreOperationProviderSnapshot.SoftwareModules));
        if (snapshot.SoftwareModules.Count <= Max<StoreOperationProviderSnapshot>(nameof(StoreOperationProviderSnapshot.SoftwareModules)))
        {
            for (var i = 0; i < snapshot.SoftwareModules.Count; i++)
            {
                c.Code(Item(modules, i), snapshot.SoftwareModules[i]);
            }
        }

        c.Quantity(Field(Root, nameof(StoreOperationProviderSnapshot.CooperationCaseCount)), snapshot.CooperationCaseCount);
        c.Quantity(Field(Root, nameof(StoreOperationProviderSnapshot.StampedValidContractCount)), snapshot.StampedValidContractCount);
        c.NotAfterAsOf(Field(Root, nameof(StoreOperationProviderSnapshot.RegisteredDate)), snapshot.RegisteredDate, asOf);
        c.Money(Field(Root, nameof(StoreOperationProviderSnapshot.RegisteredCapitalFen)), snapshot.RegisteredCapitalFen);
        c.Quantity(Field(Root, nameof(StoreOperationProviderSnapshot.EmployeeCount)), snapshot.EmployeeCount);
        c.Money(Field(Root, nameof(StoreOperationProviderSnapshot.DepositPaidFen)), snapshot.DepositPaidFen);
        c.NotAfterAsOf(Field(Root, nameof(StoreOperationProviderSnapshot.ViolationHistoryFrom)), snapshot.ViolationHistoryFrom, asOf);
        var violations = Field(Root, nameof(StoreOperationProviderSnapshot.Violations));
        ForEach(c, violations, snapshot.Violations, Max<StoreOperationProviderSnapshot>(nameof(StoreOperationProviderSnapshot.Violations)), (path, violation) =>
        {
            c.Limits(path, violation);
            c.Name(Field(path, nameof(ProviderViolation.Id)), violation.Id);
            c.EventDate(Field(path, nameof(ProviderViolation.Date)), violation.Date, asOf);
            c.RequiredPoints(Field(path, nameof(ProviderViolation.Points)), violation.Points);
            c.Code(Field(path, nameof(ProviderViolation.Kind)), violation.Kind);
        });
        return c.ToResult();
    }

    /// <summary>SV000: no snapshot at all (for a host's own family, whose validator is only called with one).</summary>
    internal static ValidationResult Missing() => Missing(new ValidationCollector());

    private static ValidationResult Missing(ValidationCollector c)
    {
        c.Add(Root, ValidationCodes.SnapshotMissing);
        return c.ToResult();
    }

    private static void Header(ValidationCollector c, ISnapshot snapshot)
    {
        c.Limits(Root, snapshot);
        c.Id(Field(Root, nameof(ISnapshot.Id)), snapshot.Id);
        c.AsOf(Field(Root, nameof(ISnapshot.AsOf)), snapshot.AsOf);
    }

    private static void Product(ValidationCollector c, string path, ProductSnapshot product, DateOnly asOf)
    {
        c.Limits(path, product);
        c.Id(Field(path, nameof(ProductSnapshot.Id)), product.Id);
        c.Name(Field(path, nameof(ProductSnapshot.Title)), product.Title);
        c.Name(Field(path, nameof(ProductSnapshot.Category)), product.Category);
        c.Rate(Field(path, nameof(ProductSnapshot.QualityReturnRate)), product.QualityReturnRate);
        c.Rate(Field(path, nameof(ProductSnapshot.QualityReturnRateThreshold)), product.QualityReturnRateThreshold);
        c.Rate(Field(path, nameof(ProductSnapshot.PickupRate24h)), product.PickupRate24h);
        c.Rate(Field(path, nameof(ProductSnapshot.CustomerServiceSatisfactionRate)), product.CustomerServiceSatisfactionRate);
        c.NotAfterAsOf(Field(path, nameof(ProductSnapshot.ClearedDate)), product.ClearedDate, asOf);
    }

    private static void Penalties(ValidationCollector c, string path, IReadOnlyList<PenaltyRecord> penalties, int max, DateOnly asOf)
        => ForEach(c, path, penalties, max, (itemPath, penalty) =>
        {
            c.Limits(itemPath, penalty);
            c.Code(Field(itemPath, nameof(PenaltyRecord.Rule)), penalty.Rule);
            c.Name(Field(itemPath, nameof(PenaltyRecord.Severity)), penalty.Severity);
            c.FreeText(Field(itemPath, nameof(PenaltyRecord.Description)), penalty.Description);
            c.EventDate(Field(itemPath, nameof(PenaltyRecord.Date)), penalty.Date, asOf);
            c.Quantity(Field(itemPath, nameof(PenaltyRecord.Points)), penalty.Points);
        });

    private static int Max<T>(string propertyName) => SnapshotLimits.MaxLength<T>(propertyName);

    // Lists are never null after deserialization, but a caller building a snapshot in code could still pass null items.
    // A list longer than its maximum is reported (SV018) by Limits and its items are not checked; returns whether they were.
    private static bool ForEach<T>(ValidationCollector c, string path, IReadOnlyList<T>? items, int max, Action<string, T> check)
        where T : class
    {
        if (items is null || items.Count > max)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = Item(path, i);
            if (c.NotNull(itemPath, items[i]))
            {
                check(itemPath, items[i]);
            }
        }

        return true;
    }
}
