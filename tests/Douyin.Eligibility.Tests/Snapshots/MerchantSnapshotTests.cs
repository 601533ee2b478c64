using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Snapshots;

public class MerchantSnapshotTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    [Theory]
    [InlineData(2024, 8, 1, 0)]
    [InlineData(2024, 7, 31, 1)]
    [InlineData(2024, 6, 2, 60)]
    [InlineData(2023, 8, 1, 366)]
    [InlineData(2024, 8, 3, -2)]
    public void DaysSinceSettled_SettledDate_IsWholeDaysToAsOf(int year, int month, int day, int days)
        => new MerchantSnapshot { AsOf = AsOf, SettledDate = new DateOnly(year, month, day) }.DaysSinceSettled.Should().Be(days);

    [Fact]
    public void DaysSinceSettled_DateUnknown_IsNull()
        => new MerchantSnapshot { AsOf = AsOf }.DaysSinceSettled.Should().BeNull();

    [Fact]
    public void Lists_NotSet_AreEmptyNotNull()
    {
        var merchant = new MerchantSnapshot();

        merchant.Products.Should().BeEmpty();
        merchant.Penalties.Should().BeEmpty();
        merchant.ControllerStores.Should().BeEmpty();
    }

    [Fact]
    public void Equals_SameProductsInNewLists_IsTrue()
    {
        var a = new MerchantSnapshot { Id = "S", AsOf = AsOf, Products = [new ProductSnapshot { Id = "A" }] };
        var b = new MerchantSnapshot { Id = "S", AsOf = AsOf, Products = new List<ProductSnapshot> { new() { Id = "A" } } };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Serialize_DaysSinceSettled_IsNotWritten()
        => SnapshotJson.Serialize(new MerchantSnapshot { Id = "S", AsOf = AsOf, SettledDate = new(2024, 1, 1) })
            .Should().Contain("settledDate").And.NotContain("daysSinceSettled");
}
