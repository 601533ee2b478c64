using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Decisions;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>Validating a valid snapshot allocates nothing: no field paths, no collector, the shared valid result.</summary>
public class SnapshotValidatorAllocationTests
{
    [Fact]
    public void Validate_ValidMerchants_AllocatesNothing()
        => AllocatedPerCall(DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl", "check/merchants.jsonl"), SnapshotValidator.Validate).Should().Be(0);

    [Fact]
    public void Validate_ValidBrandProviders_AllocatesNothing()
        => AllocatedPerCall(DecisionReasonTests.Read<BrandProviderSnapshot>("brand-providers.jsonl"), SnapshotValidator.Validate).Should().Be(0);

    [Fact]
    public void Validate_ValidStoreOperationProviders_AllocatesNothing()
        => AllocatedPerCall(DecisionReasonTests.Read<StoreOperationProviderSnapshot>("store-operation-providers.jsonl"), SnapshotValidator.Validate).Should().Be(0);

    [Fact]
    public void Validate_ValidProducts_AllocatesNothing()
    {
        var products = DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl").SelectMany(m => m.Products.Select(p => (Product: p, m.AsOf))).ToList();

        AllocatedPerCall(products, p => SnapshotValidator.Validate(p.Product, p.AsOf)).Should().Be(0);
    }

    [Fact]
    public void Validate_InvalidAfterValid_ReportsOnlyItsOwnErrors()
    {
        var valid = DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl")[0];
        var invalid = valid with { StoreScore = 9m };

        SnapshotValidator.Validate(invalid).Errors.Select(e => e.Field).Should().Equal("storeScore");
        SnapshotValidator.Validate(valid).Should().BeSameAs(ValidationResult.Valid);
        SnapshotValidator.Validate(invalid with { PositiveRate = 2m }).Errors.Select(e => e.Field).Should().Equal("storeScore", "positiveRate");
    }

    /// <summary>Bytes allocated on this thread per call, after a warm-up pass (static caches, first calls).</summary>
    private static long AllocatedPerCall<T>(IReadOnlyList<T> items, Func<T, ValidationResult> validate)
    {
        foreach (var item in items)
        {
            validate(item).IsSuccess.Should().BeTrue();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var item in items)
        {
            validate(item);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / items.Count;
    }
}
