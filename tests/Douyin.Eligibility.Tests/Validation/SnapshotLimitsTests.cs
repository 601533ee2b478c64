using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Tests.Support;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>
/// Every string and collection member of the snapshot types declares its maximum once, as [MaxLength]; the validator
/// enforces exactly those numbers (SV017 for strings, SV018 for lists) and docs/snapshots.md lists them.
/// </summary>
public class SnapshotLimitsTests
{
    public static readonly Type[] SnapshotTypes =
    [
        typeof(MerchantSnapshot), typeof(PenaltyRecord), typeof(ControllerStoreSnapshot), typeof(ProductSnapshot),
        typeof(BrandProviderSnapshot), typeof(StoreOperationProviderSnapshot), typeof(ProviderViolation),
    ];

    public static TheoryData<string, string> TooLongStrings => new()
    {
        { "id", nameof(MerchantSnapshot.Id) },
        { "shopName", nameof(MerchantSnapshot.ShopName) },
        { "penalties[0].rule", nameof(PenaltyRecord.Rule) },
        { "penalties[0].severity", nameof(PenaltyRecord.Severity) },
        { "penalties[0].description", nameof(PenaltyRecord.Description) },
        { "controllerStores[0].id", nameof(ControllerStoreSnapshot.Id) },
        { "controllerStores[0].penalties[0].description", nameof(PenaltyRecord.Description) },
        { "products[1].id", nameof(ProductSnapshot.Id) },
        { "products[1].title", nameof(ProductSnapshot.Title) },
        { "products[1].category", nameof(ProductSnapshot.Category) },
    };

    [Fact]
    public void SnapshotTypes_EveryStringAndCollectionMember_DeclaresMaxLength()
    {
        var members = SnapshotTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType == typeof(string) || (p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)))
            .ToList();

        members.Should().HaveCountGreaterThan(20);
        members.Where(p => p.GetCustomAttribute<MaxLengthAttribute>() is not { Length: > 0 })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}").Should().BeEmpty();
        members.Where(p => p.PropertyType == typeof(IReadOnlyList<string>) && p.GetCustomAttribute<MaxItemLengthAttribute>() is null)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}").Should().BeEmpty("each string of a list of strings needs a maximum too");
    }

    [Fact]
    public void SnapshotTypes_EveryTypeReachableFromASnapshot_IsCovered()
    {
        // A new nested snapshot type must join SnapshotTypes (and get its maximums).
        var reachable = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(MerchantSnapshot), typeof(BrandProviderSnapshot), typeof(StoreOperationProviderSnapshot)]);
        while (queue.TryDequeue(out var type))
        {
            if (!reachable.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var element = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
                if (element.Namespace == typeof(MerchantSnapshot).Namespace && element.IsClass)
                {
                    queue.Enqueue(element);
                }
            }
        }

        reachable.Should().BeEquivalentTo(SnapshotTypes);
    }

    [Fact]
    public void Docs_SnapshotLimits_ListEveryMaximum()
    {
        var doc = Repo.ReadText("docs", "snapshots.md");

        foreach (var type in SnapshotTypes)
        {
            foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<MaxLengthAttribute>() is not null))
            {
                var json = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                var max = property.GetCustomAttribute<MaxLengthAttribute>()!.Length.ToString("N0", CultureInfo.InvariantCulture);
                var unit = property.PropertyType == typeof(string) ? "characters" : "items";
                var row = $"| `{type.Name}` | `{json}` | {max} {unit} |";
                if (property.GetCustomAttribute<MaxItemLengthAttribute>() is { } item)
                {
                    row = $"| `{type.Name}` | `{json}` | {max} {unit}, each at most {item.Length.ToString("N0", CultureInfo.InvariantCulture)} characters |";
                }

                doc.Should().Contain(row);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TooLongStrings))]
    public void Validate_MerchantStringOneOverItsMaximum_ReportsSV017(string field, string property)
    {
        var merchant = WithText(Merchant(), field, property, extra: 1);

        var error = SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle().Which;

        error.Should().Match<ValidationError>(e => e.Field == field && e.Code == ValidationCodes.TextTooLong);
        error.Message.Should().Contain($"at most {MaxOf(field, property)}");
    }

    [Theory]
    [MemberData(nameof(TooLongStrings))]
    public void Validate_MerchantStringAtItsMaximum_IsValid(string field, string property)
        => SnapshotValidator.Validate(WithText(Merchant(), field, property, extra: 0)).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_ProviderStringsOverTheirMaximum_ReportSV017()
    {
        var brand = BrandProvider() with { Name = new string('名', Max<BrandProviderSnapshot>(nameof(BrandProviderSnapshot.Name)) + 1) };
        var storeOp = StoreOperationProvider() with
        {
            Id = new string('D', Max<StoreOperationProviderSnapshot>(nameof(StoreOperationProviderSnapshot.Id)) + 1),
            SoftwareModules = ["StoreDecoration", new string('M', 129)],
            Violations = [StoreOperationProvider().Violations[0] with { Id = new string('V', 129), Kind = new string('K', 129) }],
        };

        SnapshotValidator.Validate(brand).Errors.Select(e => (e.Field, e.Code)).Should().Equal(("name", "SV017"));
        SnapshotValidator.Validate(storeOp).Errors.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo(
            [("id", "SV017"), ("softwareModules[1]", "SV017"), ("violations[0].id", "SV017"), ("violations[0].kind", "SV017")]);
    }

    [Fact]
    public void Validate_ListsOneOverTheirMaximum_ReportSV018AndSkipTheirItems()
    {
        var products = Max<MerchantSnapshot>(nameof(MerchantSnapshot.Products)) + 1;
        var merchant = Merchant() with
        {
            // Every product is also invalid: those errors are not worth reporting 10,001 times.
            Products = Enumerable.Range(0, products).Select(i => new ProductSnapshot { Id = $"P-{i}", PickupRate24h = 2m }).ToArray(),
            Penalties = Enumerable.Repeat(Passing.Penalty("R", AsOf), Max<MerchantSnapshot>(nameof(MerchantSnapshot.Penalties)) + 1).ToArray(),
            ControllerStores = Enumerable.Range(0, Max<MerchantSnapshot>(nameof(MerchantSnapshot.ControllerStores)) + 1).Select(i => new ControllerStoreSnapshot { Id = $"C-{i}" }).ToArray(),
        };

        var errors = SnapshotValidator.Validate(merchant).Errors;

        errors.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo([("penalties", "SV018"), ("controllerStores", "SV018"), ("products", "SV018")]);
        errors.Single(e => e.Field == "products").Message.Should().Be($"products has {products} items; at most {products - 1} are allowed.");
    }

    [Fact]
    public void Validate_ProductsAtTheirMaximum_IsValid()
    {
        var merchant = Merchant() with
        {
            Products = Enumerable.Range(0, Max<MerchantSnapshot>(nameof(MerchantSnapshot.Products))).Select(i => new ProductSnapshot { Id = $"P-{i}" }).ToArray(),
        };

        SnapshotValidator.Validate(merchant).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Validate_ProviderListsOverTheirMaximum_ReportSV018()
    {
        var violation = StoreOperationProvider().Violations[0];
        var storeOp = StoreOperationProvider() with
        {
            SoftwareModules = Enumerable.Range(0, Max<StoreOperationProviderSnapshot>(nameof(StoreOperationProviderSnapshot.SoftwareModules)) + 1).Select(i => $"M{i}").ToArray(),
            Violations = Enumerable.Repeat(violation, Max<StoreOperationProviderSnapshot>(nameof(StoreOperationProviderSnapshot.Violations)) + 1).ToArray(),
        };
        var store = new ControllerStoreSnapshot { Id = "C", Penalties = Enumerable.Repeat(Passing.Penalty("R", AsOf), Max<ControllerStoreSnapshot>(nameof(ControllerStoreSnapshot.Penalties)) + 1).ToArray() };

        SnapshotValidator.Validate(storeOp).Errors.Select(e => (e.Field, e.Code)).Should().BeEquivalentTo([("softwareModules", "SV018"), ("violations", "SV018")]);
        SnapshotValidator.Validate(Merchant() with { ControllerStores = [store] }).Errors.Select(e => (e.Field, e.Code)).Should().Equal(("controllerStores[0].penalties", "SV018"));
    }

    [Fact]
    public void Validate_StandaloneProductWithLongTitle_ReportsSV017()
        => SnapshotValidator.Validate(Product() with { Title = new string('T', 1_025) }, AsOf).Errors
            .Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == "title" && e.Code == "SV017");

    [Fact]
    public void EvaluateAllianceAdmission_HugeShopName_IsInvalidWithoutADecision()
    {
        var merchant = TestRules.GoodMerchant() with { ShopName = new string('店', 1_100_000) };

        var result = TestRules.Evaluator.EvaluateAllianceAdmission(merchant);

        result.Decision.Should().BeNull();
        result.ValidationErrors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == "shopName" && e.Code == "SV017");
    }

    private static int Max<T>(string property) => typeof(T).GetProperty(property)!.GetCustomAttribute<MaxLengthAttribute>()!.Length;

    private static int MaxOf(string field, string property)
    {
        var owner = field.StartsWith("products", StringComparison.Ordinal) ? typeof(ProductSnapshot)
            : field.Contains("penalties", StringComparison.Ordinal) ? typeof(PenaltyRecord)
            : field.StartsWith("controllerStores", StringComparison.Ordinal) ? typeof(ControllerStoreSnapshot)
            : typeof(MerchantSnapshot);
        return owner.GetProperty(property)!.GetCustomAttribute<MaxLengthAttribute>()!.Length;
    }

    /// <summary>The merchant with the string at <paramref name="field"/> set to its maximum length plus <paramref name="extra"/>.</summary>
    private static MerchantSnapshot WithText(MerchantSnapshot merchant, string field, string property, int extra)
    {
        var text = new string('x', MaxOf(field, property) + extra);
        var penalty = merchant.Penalties[0];
        return field switch
        {
            "id" => merchant with { Id = text },
            "shopName" => merchant with { ShopName = text },
            "penalties[0].rule" => merchant with { Penalties = [penalty with { Rule = text }] },
            "penalties[0].severity" => merchant with { Penalties = [penalty with { Severity = text }] },
            "penalties[0].description" => merchant with { Penalties = [penalty with { Description = text }] },
            "controllerStores[0].id" => merchant with { ControllerStores = [merchant.ControllerStores[0] with { Id = text }] },
            "controllerStores[0].penalties[0].description" => merchant with { ControllerStores = [merchant.ControllerStores[0] with { Penalties = [penalty with { Description = text }] }] },
            "products[1].id" => merchant with { Products = [merchant.Products[0], merchant.Products[1] with { Id = text }] },
            "products[1].title" => merchant with { Products = [merchant.Products[0], merchant.Products[1] with { Title = text }] },
            "products[1].category" => merchant with { Products = [merchant.Products[0], merchant.Products[1] with { Category = text }] },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
