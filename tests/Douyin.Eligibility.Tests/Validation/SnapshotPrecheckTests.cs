using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Tests.Decisions;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>
/// The validator's fast path (<see cref="SnapshotPrecheck"/>) against the full, error-collecting validator it skips
/// (<see cref="SnapshotValidator.Collect(MerchantSnapshot)"/> and its siblings), over the sample files, generated valid
/// and raw snapshots (what validation rejects) and edge cases: the fast path says valid exactly when the full one finds
/// nothing, and the public validator's errors are the full one's, in the same order, with the same paths and messages.
/// </summary>
public class SnapshotPrecheckTests
{
    private static readonly AsOfDates Dates = AsOfDates.Default;

    public static TheoryData<SnapshotKind> Kinds => new() { SnapshotKind.Valid, SnapshotKind.Raw };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Merchants_Generated_FastPathAgreesWithTheFullValidator(SnapshotKind kind)
    {
        var merchants = MerchantCases.Generate(3_000, kind, Dates).ToList();

        AssertAgree(merchants, SnapshotPrecheck.IsCertainlyValid, SnapshotValidator.Collect, SnapshotValidator.Validate);
        if (kind == SnapshotKind.Raw)
        {
            merchants.Should().Contain(m => !SnapshotValidator.Collect(m).IsSuccess, "raw snapshots include what validation rejects");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Providers_Generated_FastPathAgreesWithTheFullValidator(SnapshotKind kind)
    {
        AssertAgree(BrandProviderCases.Generate(2_000, kind, Dates).ToList(), SnapshotPrecheck.IsCertainlyValid, SnapshotValidator.Collect, SnapshotValidator.Validate);
        AssertAgree(StoreOperationProviderCases.Generate(2_000, kind, Dates).ToList(), SnapshotPrecheck.IsCertainlyValid, SnapshotValidator.Collect, SnapshotValidator.Validate);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Products_Generated_FastPathAgreesWithTheFullValidator(SnapshotKind kind)
    {
        var cases = ProductCases.Cases(2_000, kind, Dates).Where(c => c.Input is ProductSnapshot).ToList();

        foreach (var c in cases)
        {
            var product = (ProductSnapshot)c.Input!;
            var full = SnapshotValidator.Collect(product, c.AsOf);
            SnapshotPrecheck.IsCertainlyValid(product, c.AsOf).Should().Be(full.IsSuccess, c.ToString());
            Errors(SnapshotValidator.Validate(product, c.AsOf)).Should().Equal(Errors(full), c.ToString());
        }

        SnapshotPrecheck.IsCertainlyValid(cases.Select(c => (ProductSnapshot)c.Input!).First(), default).Should().BeFalse("no date is SV012");
    }

    [Fact]
    public void SampleFiles_FastPathAgreesWithTheFullValidator()
    {
        AssertAgree(DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl"), SnapshotPrecheck.IsCertainlyValid, SnapshotValidator.Collect, SnapshotValidator.Validate);
        AssertAgree(DecisionReasonTests.Read<BrandProviderSnapshot>("brand-providers.jsonl"), SnapshotPrecheck.IsCertainlyValid, SnapshotValidator.Collect, SnapshotValidator.Validate);
        AssertAgree(DecisionReasonTests.Read<StoreOperationProviderSnapshot>("store-operation-providers.jsonl"), SnapshotPrecheck.IsCertainlyValid, SnapshotValidator.Collect, SnapshotValidator.Validate);
    }

    [Fact]
    public void Merchants_EdgeCases_FastPathAgreesWithTheFullValidator()
    {
        var edges = MerchantEdges(Snapshots()).ToList();

        AssertAgree(edges, SnapshotPrecheck.IsCertainlyValid, SnapshotValidator.Collect, SnapshotValidator.Validate);
        edges.Count(SnapshotPrecheck.IsCertainlyValid).Should().BeGreaterThan(10, "the edge cases include valid boundary values");
        edges.Count(m => !SnapshotPrecheck.IsCertainlyValid(m)).Should().BeGreaterThan(40);
    }

    [Fact]
    public void Merchant_ManyProducts_LeavesDuplicatesToTheFullValidator()
    {
        var good = Snapshots();
        var products = Enumerable.Range(0, 20).Select(i => good.Products[0] with { Id = $"P{i}" }).ToList();
        var distinct = good with { Products = products };
        var repeated = good with { Products = [.. products, products[3]] };

        SnapshotValidator.Validate(distinct).IsSuccess.Should().BeTrue();
        Errors(SnapshotValidator.Validate(repeated)).Should().Equal(Errors(SnapshotValidator.Collect(repeated)));
        SnapshotValidator.Validate(repeated).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.DuplicateId);
    }

    [Fact]
    public void LimitedMembers_EveryOneOfTheMerchantsTypesIsTestedByTheFastPath()
    {
        // A [MaxLength] member added to these types must be added to the fast path's own checks too.
        foreach (var (type, tested) in SnapshotPrecheck.LimitedMembersTested)
        {
            SnapshotLimits.Of(type).Select(m => m.PropertyName).Should().BeEquivalentTo(tested, type.Name);
        }

        SnapshotPrecheck.LimitedMembersTested.Keys.Should().BeEquivalentTo([typeof(MerchantSnapshot), typeof(PenaltyRecord), typeof(ControllerStoreSnapshot), typeof(ProductSnapshot)]);
    }

    [Fact]
    public void Validate_Null_IsMissingOnEveryType()
    {
        SnapshotValidator.Validate((MerchantSnapshot?)null).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.SnapshotMissing);
        SnapshotValidator.Validate((ProductSnapshot?)null, new DateOnly(2026, 1, 1)).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.SnapshotMissing);
        SnapshotValidator.Validate((BrandProviderSnapshot?)null).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.SnapshotMissing);
        SnapshotValidator.Validate((StoreOperationProviderSnapshot?)null).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.SnapshotMissing);
    }

    private static MerchantSnapshot Snapshots() => SnapshotGenerator.Generate(50).First(m => m.Products.Count > 0 && m.Penalties.Count > 0 && m.ControllerStores.Count > 0);

    /// <summary>One value at a time moved onto or past a boundary the validator checks.</summary>
    private static IEnumerable<MerchantSnapshot> MerchantEdges(MerchantSnapshot good)
    {
        var asOf = good.AsOf;
        var penalty = good.Penalties[0];
        var store = good.ControllerStores[0];
        var product = good.Products[0];
        yield return good;
        yield return good with { AsOf = default };
        foreach (var text in Texts())
        {
            yield return good with { Id = text! };
            yield return good with { ShopName = text };
            yield return good with { Penalties = [penalty with { Rule = text! }] };
            yield return good with { Penalties = [penalty with { Severity = text }] };
            yield return good with { Penalties = [penalty with { Description = text }] };
            yield return good with { ControllerStores = [store with { Id = text! }] };
            yield return good with { Products = [product with { Id = text! }] };
            yield return good with { Products = [product with { Title = text }] };
            yield return good with { Products = [product with { Category = text }] };
        }

        foreach (var value in Decimals())
        {
            yield return good with { StoreScore = value };
            yield return good with { PositiveRate = value };
            yield return good with { ExperienceScore = value, ExperienceScoreScale = ScoreScale.FivePoint };
            yield return good with { ExperienceScore = value is { } v && Math.Abs(v) < 1_000_000m ? v * 20 : value, ExperienceScoreScale = ScoreScale.HundredPoint };
            yield return good with { Products = [product with { QualityReturnRate = value }] };
            yield return good with { Products = [product with { PickupRate24h = value }] };
        }

        yield return good with { ExperienceScore = 4m, ExperienceScoreScale = null };
        yield return good with { ExperienceScore = null, ExperienceScoreScale = null };
        yield return good with { ExperienceScore = null, ExperienceScoreScale = (ScoreScale)7 };
        yield return good with { ExperienceScore = 3m, ExperienceScoreScale = (ScoreScale)0 };
        foreach (var days in new[] { -1, 0, 1 })
        {
            yield return good with { SettledDate = asOf.AddDays(days) };
            yield return good with { PenaltyHistoryFrom = asOf.AddDays(days) };
            yield return good with { Penalties = [penalty with { Date = asOf.AddDays(days) }] };
            yield return good with { ControllerStores = [store with { Penalties = [penalty with { Date = asOf.AddDays(days) }] }] };
            yield return good with { Products = [product with { ClearedDate = asOf.AddDays(days) }] };
            yield return good with { Gmv30dFen = days, AllianceOpeningsUsed = days, SeriousViolationPoints30d = days };
            yield return good with { Penalties = [penalty with { Points = days }] };
        }

        yield return good with { Penalties = [penalty with { Date = default }] };
        yield return good with { Penalties = [penalty, null!] };
        yield return good with { ControllerStores = [null!] };
        yield return good with { Products = [product, null!] };
        yield return good with { Products = [product, product] };
        yield return good with { Products = [product, product with { Id = product.Id + "x" }] };
        yield return good with { Penalties = Enumerable.Repeat(penalty, 1_001).ToList() };
        yield return good with { ControllerStores = Enumerable.Range(0, 101).Select(i => store with { Id = $"S{i}" }).ToList() };
        yield return good with { ControllerStores = [store with { Penalties = Enumerable.Repeat(penalty, 1_001).ToList() }] };
    }

    private static IEnumerable<string?> Texts()
    {
        yield return null;
        yield return "";
        yield return "   ";
        yield return "ok\tfine";
        yield return "line\nbreak";
        yield return "\r";
        yield return "中文名称\u0085";
        yield return "\u007Fx";
        yield return "\u009F";
        yield return "\u00A0 non-breaking";
        yield return "a\u001Fb";
        yield return "seven77";
        yield return new string('x', 128);
        yield return new string('x', 129);
        yield return new string('字', 1_024);
        yield return new string('字', 1_025);
        yield return new string('d', 16_384);
        yield return new string('d', 16_385);
    }

    private static IEnumerable<decimal?> Decimals()
        => [null, 0m, -0m, -0.00m, -0.01m, 0.75m, 1m, 1.0000m, 1.0001m, 4.1m, 5m, 5.000000000000000000m, 5.0000000000000000001m, 6m, 100m, 0.1000000000000000000000000001m, -79228162514264337593543950335m, 79228162514264337593543950335m];

    private static void AssertAgree<T>(IReadOnlyList<T> snapshots, Func<T, bool> fast, Func<T, ValidationResult> full, Func<T, ValidationResult> validate)
        where T : class, ISnapshot
    {
        snapshots.Should().NotBeEmpty();
        foreach (var snapshot in snapshots)
        {
            var expected = full(snapshot);
            fast(snapshot).Should().Be(expected.IsSuccess, $"{snapshot.Id}: the fast path says valid exactly when the full validator finds nothing ({expected})");
            Errors(validate(snapshot)).Should().Equal(Errors(expected), snapshot.Id);
        }
    }

    private static IEnumerable<(string Field, string Code, string Message)> Errors(ValidationResult result)
        => result.Errors.Select(e => (e.Field, e.Code, e.Message)).ToList();
}
