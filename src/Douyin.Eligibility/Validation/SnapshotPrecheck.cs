using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// The validator's fast path: whether a snapshot is certainly valid, by the very checks of <see cref="SnapshotValidator"/>
/// without building a path or keeping anything, so a valid snapshot (the usual case) costs one pass of cheap tests.
/// False means "maybe not": the full, error-collecting validator then runs and reports every problem as it always did.
/// Each check here mirrors one of <see cref="SnapshotValidator"/> in the same order; a check added there must be added
/// here too (the differential tests compare the two over generated valid and invalid snapshots).
/// </summary>
internal static class SnapshotPrecheck
{
    // Beyond this many products, duplicate ids are left to the full validator (its dictionary) rather than compared pairwise here.
    private const int PairwiseIdsUpTo = 16;

    /// <summary>True when <see cref="SnapshotValidator.Validate(MerchantSnapshot)"/> would find nothing.</summary>
    public static bool IsCertainlyValid(MerchantSnapshot snapshot)
    {
        var asOf = snapshot.AsOf;
        if (asOf == default || !IsId(snapshot.Id, Max.MerchantId) || !IsName(snapshot.ShopName, Max.ShopName)
            || !NotAfter(snapshot.SettledDate, asOf) || snapshot.Gmv30dFen < 0
            || !DecimalRange.IsWithin(snapshot.StoreScore, 5) || !DecimalRange.IsWithin(snapshot.PositiveRate, 1)
            || !IsExperienceScore(snapshot.ExperienceScore, snapshot.ExperienceScoreScale)
            || snapshot.AllianceOpeningsUsed < 0 || snapshot.SeriousViolationPoints30d < 0
            || !NotAfter(snapshot.PenaltyHistoryFrom, asOf) || !ArePenalties(snapshot.Penalties, Max.Penalties, asOf))
        {
            return false;
        }

        // The lists are ValueLists (their setters make them so); read as spans, with no interface call per item.
        if (snapshot.ControllerStores is not ValueList<ControllerStoreSnapshot> storeList || storeList.Count > Max.ControllerStores)
        {
            return false;
        }

        var stores = storeList.Items;
        for (var i = 0; i < stores.Length; i++)
        {
            if (stores[i] is not { } store || !IsId(store.Id, Max.StoreId) || !ArePenalties(store.Penalties, Max.StorePenalties, asOf))
            {
                return false;
            }
        }

        if (snapshot.Products is not ValueList<ProductSnapshot> productList || productList.Count > PairwiseIdsUpTo || productList.Count > Max.Products)
        {
            return false;
        }

        var products = productList.Items;
        for (var i = 0; i < products.Length; i++)
        {
            if (products[i] is not { } product || !IsProduct(product, asOf))
            {
                return false;
            }

            // Every id is present here (IsProduct), so any repeat is a duplicate (SV020).
            for (var earlier = 0; earlier < i; earlier++)
            {
                if (string.Equals(products[earlier]!.Id, product.Id, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when <see cref="SnapshotValidator.Validate(ProductSnapshot, DateOnly)"/> would find nothing.</summary>
    public static bool IsCertainlyValid(ProductSnapshot product, DateOnly asOf) => asOf != default && IsProduct(product, asOf);

    /// <summary>True when <see cref="SnapshotValidator.Validate(BrandProviderSnapshot)"/> would find nothing.</summary>
    public static bool IsCertainlyValid(BrandProviderSnapshot s)
        => s.AsOf != default && !SnapshotLimits.AnyExceeded(s) && IsId(s.Id) && IsName(s.Name) && NotAfter(s.CertifiedDate, s.AsOf)
           && !(s.ViolationCount < 0) && !(s.ViolationFinesFen < 0) && !(s.StandardContractCount < 0)
           && DecimalRange.IsWithin(s.ContentCreativityScore, 100) && DecimalRange.IsWithin(s.AdClickThroughRate, 1)
           && DecimalRange.IsWithin(s.OrderConversionRate, 1) && !(s.BrandsServed < 0) && DecimalRange.IsWithin(s.CustomerSatisfactionRate, 1)
           && !(s.PromotionActivityCount < 0) && !(s.AvgResponseMinutes < 0) && !(s.TeamSize < 0) && !(s.BusinessLineCount < 0)
           && !(s.BoundMerchantsSelfSaleGmv30dFen < 0);

    /// <summary>True when <see cref="SnapshotValidator.Validate(StoreOperationProviderSnapshot)"/> would find nothing.</summary>
    public static bool IsCertainlyValid(StoreOperationProviderSnapshot s)
    {
        var asOf = s.AsOf;
        if (asOf == default || SnapshotLimits.AnyExceeded(s) || !IsId(s.Id) || !IsName(s.Name) || s.SoftwareModules is not { } modules || s.Violations is not { } violations)
        {
            return false;
        }

        for (var i = 0; i < modules.Count; i++)
        {
            if (!IsCode(modules[i]))
            {
                return false;
            }
        }

        if (s.CooperationCaseCount < 0 || s.StampedValidContractCount < 0 || !NotAfter(s.RegisteredDate, asOf) || s.RegisteredCapitalFen < 0
            || s.EmployeeCount < 0 || s.DepositPaidFen < 0 || !NotAfter(s.ViolationHistoryFrom, asOf))
        {
            return false;
        }

        for (var i = 0; i < violations.Count; i++)
        {
            if (violations[i] is not { } v || SnapshotLimits.AnyExceeded(v) || !IsName(v.Id) || v.Date == default || v.Date > asOf
                || v.Points is not >= 0 || !IsCode(v.Kind))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsProduct(ProductSnapshot p, DateOnly asOf)
        => IsId(p.Id, Max.ProductId) && IsName(p.Title, Max.ProductTitle) && IsName(p.Category, Max.ProductCategory)
           && DecimalRange.IsWithin(p.QualityReturnRate, 1) && DecimalRange.IsWithin(p.QualityReturnRateThreshold, 1)
           && DecimalRange.IsWithin(p.PickupRate24h, 1) && DecimalRange.IsWithin(p.CustomerServiceSatisfactionRate, 1)
           && NotAfter(p.ClearedDate, asOf);

    private static bool ArePenalties(IReadOnlyList<PenaltyRecord>? list, int max, DateOnly asOf)
    {
        if (list is not ValueList<PenaltyRecord> penaltyList || penaltyList.Count > max)
        {
            return false;
        }

        var penalties = penaltyList.Items;
        for (var i = 0; i < penalties.Length; i++)
        {
            if (penalties[i] is not { } p || !IsId(p.Rule, Max.PenaltyRule) || !IsName(p.Severity, Max.PenaltySeverity)
                || (p.Description is { } description && (description.Length > Max.PenaltyDescription || ControlCharacters.Any(description, allowLineBreaks: true)))
                || p.Date == default || p.Date > asOf || p.Points < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>As <see cref="ValidationCollector.Score(in FieldPath, string, decimal?, string, ScoreScale?)"/>: a known scale, and the score within it.</summary>
    private static bool IsExperienceScore(decimal? score, ScoreScale? scale) => scale switch
    {
        null => score is null,
        ScoreScale.FivePoint => DecimalRange.IsWithin(score, 5),
        ScoreScale.HundredPoint => DecimalRange.IsWithin(score, 100),
        _ => false,
    };

    // An id or a required code: present (not white space), no control characters.
    private static bool IsId(string? value) => !string.IsNullOrWhiteSpace(value) && !ControlCharacters.Any(value, allowLineBreaks: false);

    private static bool IsCode(string? value) => IsId(value);

    // A name or an optional code: null, or no control characters.
    private static bool IsName(string? value) => value is null || !ControlCharacters.Any(value, allowLineBreaks: false);

    private static bool NotAfter(DateOnly? date, DateOnly asOf) => date is not { } d || d <= asOf;

    // With its declared maximum length (SV017), for the members checked here rather than through SnapshotLimits.AnyExceeded.
    private static bool IsId(string? value, int max) => value is not null && value.Length <= max && IsId(value);

    private static bool IsName(string? value, int max) => value is null || (value.Length <= max && IsName(value));

    /// <summary>
    /// The declared maxima (SV017, SV018) of the merchant's members, read from the attributes once: a typed test of each is
    /// several times cheaper than <see cref="SnapshotLimits.AnyExceeded"/>'s test of a list through its covariant interface.
    /// </summary>
    private static class Max
    {
        public static readonly int MerchantId = SnapshotLimits.MaxLength<MerchantSnapshot>(nameof(MerchantSnapshot.Id));
        public static readonly int ShopName = SnapshotLimits.MaxLength<MerchantSnapshot>(nameof(MerchantSnapshot.ShopName));
        public static readonly int Penalties = SnapshotLimits.MaxLength<MerchantSnapshot>(nameof(MerchantSnapshot.Penalties));
        public static readonly int ControllerStores = SnapshotLimits.MaxLength<MerchantSnapshot>(nameof(MerchantSnapshot.ControllerStores));
        public static readonly int Products = SnapshotLimits.MaxLength<MerchantSnapshot>(nameof(MerchantSnapshot.Products));
        public static readonly int PenaltyRule = SnapshotLimits.MaxLength<PenaltyRecord>(nameof(PenaltyRecord.Rule));
        public static readonly int PenaltySeverity = SnapshotLimits.MaxLength<PenaltyRecord>(nameof(PenaltyRecord.Severity));
        public static readonly int PenaltyDescription = SnapshotLimits.MaxLength<PenaltyRecord>(nameof(PenaltyRecord.Description));
        public static readonly int StoreId = SnapshotLimits.MaxLength<ControllerStoreSnapshot>(nameof(ControllerStoreSnapshot.Id));
        public static readonly int StorePenalties = SnapshotLimits.MaxLength<ControllerStoreSnapshot>(nameof(ControllerStoreSnapshot.Penalties));
        public static readonly int ProductId = SnapshotLimits.MaxLength<ProductSnapshot>(nameof(ProductSnapshot.Id));
        public static readonly int ProductTitle = SnapshotLimits.MaxLength<ProductSnapshot>(nameof(ProductSnapshot.Title));
        public static readonly int ProductCategory = SnapshotLimits.MaxLength<ProductSnapshot>(nameof(ProductSnapshot.Category));

        /// <summary>The members whose limits are tested here, by type, for the test that every limited member of these types is.</summary>
        public static readonly IReadOnlyDictionary<Type, string[]> Members = new Dictionary<Type, string[]>
        {
            [typeof(MerchantSnapshot)] = [nameof(MerchantSnapshot.Id), nameof(MerchantSnapshot.ShopName), nameof(MerchantSnapshot.Penalties), nameof(MerchantSnapshot.ControllerStores), nameof(MerchantSnapshot.Products)],
            [typeof(PenaltyRecord)] = [nameof(PenaltyRecord.Rule), nameof(PenaltyRecord.Severity), nameof(PenaltyRecord.Description)],
            [typeof(ControllerStoreSnapshot)] = [nameof(ControllerStoreSnapshot.Id), nameof(ControllerStoreSnapshot.Penalties)],
            [typeof(ProductSnapshot)] = [nameof(ProductSnapshot.Id), nameof(ProductSnapshot.Title), nameof(ProductSnapshot.Category)],
        };
    }

    /// <summary>The members whose declared limits the merchant's fast path tests itself, by type (every other type goes through <see cref="SnapshotLimits.AnyExceeded"/>).</summary>
    internal static IReadOnlyDictionary<Type, string[]> LimitedMembersTested => Max.Members;
}
