using System.Diagnostics.CodeAnalysis;
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
    private static readonly FieldPath Root = FieldPath.Root;
    private static readonly int MaxPenalties = Max<MerchantSnapshot>(nameof(MerchantSnapshot.Penalties));
    private static readonly int MaxControllerStores = Max<MerchantSnapshot>(nameof(MerchantSnapshot.ControllerStores));
    private static readonly int MaxProducts = Max<MerchantSnapshot>(nameof(MerchantSnapshot.Products));
    private static readonly int MaxStorePenalties = Max<ControllerStoreSnapshot>(nameof(ControllerStoreSnapshot.Penalties));
    private static readonly int MaxSoftwareModules = Max<StoreOperationProviderSnapshot>(nameof(StoreOperationProviderSnapshot.SoftwareModules));
    private static readonly int MaxViolations = Max<StoreOperationProviderSnapshot>(nameof(StoreOperationProviderSnapshot.Violations));
    private static readonly Func<ProductSnapshot, string?> ProductId = p => p.Id;

    /// <summary>Validates a store snapshot, its penalties, controller stores and products.</summary>
    /// <param name="snapshot">The snapshot; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    public static ValidationResult Validate(MerchantSnapshot? snapshot)
        => snapshot is not null && SnapshotPrecheck.IsCertainlyValid(snapshot) ? ValidationResult.Valid : Collect(snapshot);

    /// <summary>The full validation, every error collected with its path, without the fast path (<see cref="SnapshotPrecheck"/>); for tests too.</summary>
    internal static ValidationResult Collect(MerchantSnapshot? snapshot)
    {
        var c = ValidationCollector.Rent();
        if (snapshot is null)
        {
            return Missing(c);
        }

        var asOf = snapshot.AsOf;
        Header(c, snapshot);
        c.Name(Root, nameof(MerchantSnapshot.ShopName), snapshot.ShopName);
        c.NotAfterAsOf(Root, nameof(MerchantSnapshot.SettledDate), snapshot.SettledDate, asOf);
        c.Money(Root, nameof(MerchantSnapshot.Gmv30dFen), snapshot.Gmv30dFen);
        c.Score(Root, nameof(MerchantSnapshot.StoreScore), snapshot.StoreScore, 5m);
        c.Rate(Root, nameof(MerchantSnapshot.PositiveRate), snapshot.PositiveRate);
        c.Score(Root, nameof(MerchantSnapshot.ExperienceScore), snapshot.ExperienceScore, nameof(MerchantSnapshot.ExperienceScoreScale), snapshot.ExperienceScoreScale);
        c.Quantity(Root, nameof(MerchantSnapshot.AllianceOpeningsUsed), snapshot.AllianceOpeningsUsed);
        c.Quantity(Root, nameof(MerchantSnapshot.SeriousViolationPoints30d), snapshot.SeriousViolationPoints30d);
        c.NotAfterAsOf(Root, nameof(MerchantSnapshot.PenaltyHistoryFrom), snapshot.PenaltyHistoryFrom, asOf);
        Penalties(c, Root.Field(nameof(MerchantSnapshot.Penalties)), snapshot.Penalties, MaxPenalties, asOf);

        var stores = Root.Field(nameof(MerchantSnapshot.ControllerStores));
        if (Checked(snapshot.ControllerStores, MaxControllerStores))
        {
            for (var i = 0; i < snapshot.ControllerStores.Count; i++)
            {
                var path = stores.Item(i);
                if (c.NotNull(path, snapshot.ControllerStores[i]))
                {
                    var store = snapshot.ControllerStores[i];
                    c.Limits(path, store);
                    c.Id(path, nameof(ControllerStoreSnapshot.Id), store.Id);
                    Penalties(c, path.Field(nameof(ControllerStoreSnapshot.Penalties)), store.Penalties, MaxStorePenalties, asOf);
                }
            }
        }

        var products = Root.Field(nameof(MerchantSnapshot.Products));
        if (Checked(snapshot.Products, MaxProducts))
        {
            for (var i = 0; i < snapshot.Products.Count; i++)
            {
                var path = products.Item(i);
                if (c.NotNull(path, snapshot.Products[i]))
                {
                    Product(c, path, snapshot.Products[i], asOf);
                }
            }

            c.UniqueIds(products, snapshot.Products, ProductId, nameof(ProductSnapshot.Id));
        }

        return c.Return();
    }

    /// <summary>
    /// Validates one product on its own, judged as of <paramref name="asOf"/> (the owning store's date); fields are
    /// reported relative to the product (<c>qualityReturnRate</c>, not <c>products[0].qualityReturnRate</c>).
    /// </summary>
    /// <param name="product">The product; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    /// <param name="asOf">The evaluation date; <c>default</c> gives <see cref="ValidationCodes.AsOfMissing"/>.</param>
    public static ValidationResult Validate(ProductSnapshot? product, DateOnly asOf)
        => product is not null && SnapshotPrecheck.IsCertainlyValid(product, asOf) ? ValidationResult.Valid : Collect(product, asOf);

    /// <summary>The full validation, every error collected with its path, without the fast path (<see cref="SnapshotPrecheck"/>); for tests too.</summary>
    internal static ValidationResult Collect(ProductSnapshot? product, DateOnly asOf)
    {
        var c = ValidationCollector.Rent();
        if (product is null)
        {
            return Missing(c);
        }

        c.AsOf(Root, nameof(ISnapshot.AsOf), asOf);
        Product(c, Root, product, asOf);
        return c.Return();
    }

    /// <summary>Validates a brand service provider snapshot.</summary>
    /// <param name="snapshot">The snapshot; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    public static ValidationResult Validate(BrandProviderSnapshot? snapshot)
        => snapshot is not null && SnapshotPrecheck.IsCertainlyValid(snapshot) ? ValidationResult.Valid : Collect(snapshot);

    /// <summary>The full validation, every error collected with its path, without the fast path (<see cref="SnapshotPrecheck"/>); for tests too.</summary>
    internal static ValidationResult Collect(BrandProviderSnapshot? snapshot)
    {
        var c = ValidationCollector.Rent();
        if (snapshot is null)
        {
            return Missing(c);
        }

        Header(c, snapshot);
        c.Name(Root, nameof(BrandProviderSnapshot.Name), snapshot.Name);
        c.NotAfterAsOf(Root, nameof(BrandProviderSnapshot.CertifiedDate), snapshot.CertifiedDate, snapshot.AsOf);
        c.Quantity(Root, nameof(BrandProviderSnapshot.ViolationCount), snapshot.ViolationCount);
        c.Money(Root, nameof(BrandProviderSnapshot.ViolationFinesFen), snapshot.ViolationFinesFen);
        c.Quantity(Root, nameof(BrandProviderSnapshot.StandardContractCount), snapshot.StandardContractCount);
        c.Score(Root, nameof(BrandProviderSnapshot.ContentCreativityScore), snapshot.ContentCreativityScore, 100m);
        c.Rate(Root, nameof(BrandProviderSnapshot.AdClickThroughRate), snapshot.AdClickThroughRate);
        c.Rate(Root, nameof(BrandProviderSnapshot.OrderConversionRate), snapshot.OrderConversionRate);
        c.Quantity(Root, nameof(BrandProviderSnapshot.BrandsServed), snapshot.BrandsServed);
        c.Rate(Root, nameof(BrandProviderSnapshot.CustomerSatisfactionRate), snapshot.CustomerSatisfactionRate);
        c.Quantity(Root, nameof(BrandProviderSnapshot.PromotionActivityCount), snapshot.PromotionActivityCount);
        c.Quantity(Root, nameof(BrandProviderSnapshot.AvgResponseMinutes), snapshot.AvgResponseMinutes);
        c.Quantity(Root, nameof(BrandProviderSnapshot.TeamSize), snapshot.TeamSize);
        c.Quantity(Root, nameof(BrandProviderSnapshot.BusinessLineCount), snapshot.BusinessLineCount);
        c.Money(Root, nameof(BrandProviderSnapshot.BoundMerchantsSelfSaleGmv30dFen), snapshot.BoundMerchantsSelfSaleGmv30dFen);
        return c.Return();
    }

    /// <summary>Validates a store-operation service provider snapshot and its violations.</summary>
    /// <param name="snapshot">The snapshot; null gives <see cref="ValidationCodes.SnapshotMissing"/>.</param>
    public static ValidationResult Validate(StoreOperationProviderSnapshot? snapshot)
        => snapshot is not null && SnapshotPrecheck.IsCertainlyValid(snapshot) ? ValidationResult.Valid : Collect(snapshot);

    /// <summary>The full validation, every error collected with its path, without the fast path (<see cref="SnapshotPrecheck"/>); for tests too.</summary>
    internal static ValidationResult Collect(StoreOperationProviderSnapshot? snapshot)
    {
        var c = ValidationCollector.Rent();
        if (snapshot is null)
        {
            return Missing(c);
        }

        var asOf = snapshot.AsOf;
        Header(c, snapshot);
        c.Name(Root, nameof(StoreOperationProviderSnapshot.Name), snapshot.Name);
        var modules = Root.Field(nameof(StoreOperationProviderSnapshot.SoftwareModules));
        if (snapshot.SoftwareModules.Count <= MaxSoftwareModules)
        {
            for (var i = 0; i < snapshot.SoftwareModules.Count; i++)
            {
                c.Code(modules.Item(i), null, snapshot.SoftwareModules[i]);
            }
        }

        c.Quantity(Root, nameof(StoreOperationProviderSnapshot.CooperationCaseCount), snapshot.CooperationCaseCount);
        c.Quantity(Root, nameof(StoreOperationProviderSnapshot.StampedValidContractCount), snapshot.StampedValidContractCount);
        c.NotAfterAsOf(Root, nameof(StoreOperationProviderSnapshot.RegisteredDate), snapshot.RegisteredDate, asOf);
        c.Money(Root, nameof(StoreOperationProviderSnapshot.RegisteredCapitalFen), snapshot.RegisteredCapitalFen);
        c.Quantity(Root, nameof(StoreOperationProviderSnapshot.EmployeeCount), snapshot.EmployeeCount);
        c.Money(Root, nameof(StoreOperationProviderSnapshot.DepositPaidFen), snapshot.DepositPaidFen);
        c.NotAfterAsOf(Root, nameof(StoreOperationProviderSnapshot.ViolationHistoryFrom), snapshot.ViolationHistoryFrom, asOf);
        var violations = Root.Field(nameof(StoreOperationProviderSnapshot.Violations));
        if (Checked(snapshot.Violations, MaxViolations))
        {
            for (var i = 0; i < snapshot.Violations.Count; i++)
            {
                var path = violations.Item(i);
                if (c.NotNull(path, snapshot.Violations[i]))
                {
                    var violation = snapshot.Violations[i];
                    c.Limits(path, violation);
                    c.Name(path, nameof(ProviderViolation.Id), violation.Id);
                    c.EventDate(path, nameof(ProviderViolation.Date), violation.Date, asOf);
                    c.RequiredPoints(path, nameof(ProviderViolation.Points), violation.Points);
                    c.Code(path, nameof(ProviderViolation.Kind), violation.Kind);
                }
            }
        }

        return c.Return();
    }

    /// <summary>SV000: no snapshot at all (for a host's own family, whose validator is only called with one).</summary>
    internal static ValidationResult Missing() => Missing(ValidationCollector.Rent());

    private static ValidationResult Missing(ValidationCollector c)
    {
        c.Add(string.Empty, ValidationCodes.SnapshotMissing);
        return c.Return();
    }

    private static void Header<[DynamicallyAccessedMembers(SnapshotLimits.Read)] T>(ValidationCollector c, T snapshot)
        where T : class, ISnapshot
    {
        c.Limits(Root, snapshot);
        c.Id(Root, nameof(ISnapshot.Id), snapshot.Id);
        c.AsOf(Root, nameof(ISnapshot.AsOf), snapshot.AsOf);
    }

    private static void Product(ValidationCollector c, in FieldPath path, ProductSnapshot product, DateOnly asOf)
    {
        c.Limits(path, product);
        c.Id(path, nameof(ProductSnapshot.Id), product.Id);
        c.Name(path, nameof(ProductSnapshot.Title), product.Title);
        c.Name(path, nameof(ProductSnapshot.Category), product.Category);
        c.Rate(path, nameof(ProductSnapshot.QualityReturnRate), product.QualityReturnRate);
        c.Rate(path, nameof(ProductSnapshot.QualityReturnRateThreshold), product.QualityReturnRateThreshold);
        c.Rate(path, nameof(ProductSnapshot.PickupRate24h), product.PickupRate24h);
        c.Rate(path, nameof(ProductSnapshot.CustomerServiceSatisfactionRate), product.CustomerServiceSatisfactionRate);
        c.NotAfterAsOf(path, nameof(ProductSnapshot.ClearedDate), product.ClearedDate, asOf);
    }

    private static void Penalties(ValidationCollector c, in FieldPath path, IReadOnlyList<PenaltyRecord> penalties, int max, DateOnly asOf)
    {
        if (!Checked(penalties, max))
        {
            return;
        }

        for (var i = 0; i < penalties.Count; i++)
        {
            var itemPath = path.Item(i);
            if (c.NotNull(itemPath, penalties[i]))
            {
                var penalty = penalties[i];
                c.Limits(itemPath, penalty);
                c.Code(itemPath, nameof(PenaltyRecord.Rule), penalty.Rule);
                c.Name(itemPath, nameof(PenaltyRecord.Severity), penalty.Severity);
                c.FreeText(itemPath, nameof(PenaltyRecord.Description), penalty.Description);
                c.EventDate(itemPath, nameof(PenaltyRecord.Date), penalty.Date, asOf);
                c.Quantity(itemPath, nameof(PenaltyRecord.Points), penalty.Points);
            }
        }
    }

    private static int Max<[DynamicallyAccessedMembers(SnapshotLimits.Read)] T>(string propertyName) => SnapshotLimits.MaxLength<T>(propertyName);

    // Lists are never null after deserialization, but a caller building a snapshot in code could still pass null items
    // (each is reported by NotNull and skipped). A list longer than its maximum is reported (SV018) by Limits and its
    // items are not checked; returns whether they are to be.
    private static bool Checked<T>(IReadOnlyList<T>? items, int max)
        where T : class
        => items is not null && items.Count <= max;
}
