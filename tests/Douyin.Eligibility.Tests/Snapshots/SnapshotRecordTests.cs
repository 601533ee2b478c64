using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Snapshots;

public class SnapshotRecordTests
{
    [Fact]
    public void Equals_SameContentInDifferentLists_IsTrue()
    {
        var a = Support.Snapshots.Merchant();
        var b = a with { Products = a.Products.ToList() };

        b.Should().Be(a);
        b.GetHashCode().Should().Be(a.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentListContent_IsFalse()
    {
        var a = Support.Snapshots.Merchant();

        (a with { Products = a.Products.Take(1).ToList() }).Should().NotBe(a);
    }

    [Fact]
    public void Init_ListMutatedByCallerAfterwards_SnapshotIsUnchanged()
    {
        var modules = new List<string> { StoreOperationModules.StoreDecoration };
        var provider = new StoreOperationProviderSnapshot { Id = "D", AsOf = Support.Snapshots.AsOf, SoftwareModules = modules };

        modules.Add(StoreOperationModules.Logistics);

        provider.SoftwareModules.Should().Equal(StoreOperationModules.StoreDecoration);
    }

    [Fact]
    public void Init_NullList_BecomesEmpty()
    {
        var merchant = new MerchantSnapshot { Penalties = null! };

        merchant.Penalties.Should().BeEmpty();
    }

    [Fact]
    public void DaysSinceSettled_KnownDate_CountsWholeDaysToAsOf()
    {
        var merchant = new MerchantSnapshot { AsOf = new DateOnly(2024, 7, 25), SettledDate = new DateOnly(2024, 5, 26) };

        merchant.DaysSinceSettled.Should().Be(60);
        (merchant with { SettledDate = null }).DaysSinceSettled.Should().BeNull();
    }

    [Fact]
    public void DaysSinceCertified_KnownDate_CountsWholeDaysToAsOf()
    {
        var provider = new BrandProviderSnapshot { AsOf = new DateOnly(2023, 1, 25), CertifiedDate = new DateOnly(2022, 12, 25) };

        provider.DaysSinceCertified.Should().Be(31);
    }

    [Theory]
    [InlineData("2023-01-02", "2024-01-02", 1)]
    [InlineData("2023-01-03", "2024-01-02", 0)]
    [InlineData("2020-02-29", "2021-02-28", 1)]
    [InlineData("2019-05-16", "2024-01-02", 4)]
    public void RegisteredFullYears_AsOfDate_CountsAnniversariesUpToIt(string registered, string asOf, int expected)
    {
        var provider = new StoreOperationProviderSnapshot { AsOf = DateOnly.Parse(asOf), RegisteredDate = DateOnly.Parse(registered) };

        provider.RegisteredFullYears.Should().Be(expected);
    }

    [Fact]
    public void CurrentYearViolationPoints_AppealsAndOtherYears_CountsOnlyAsOfYearWithoutUpheldAppeals()
    {
        var provider = Support.Snapshots.StoreOperationProvider() with
        {
            AsOf = new DateOnly(2024, 3, 1),
            Violations =
            [
                new ProviderViolation { Date = new DateOnly(2023, 12, 31), Points = 10, Kind = "K" },
                new ProviderViolation { Date = new DateOnly(2024, 1, 1), Points = 2, Kind = "K" },
                new ProviderViolation { Date = new DateOnly(2024, 2, 1), Points = 4, Kind = "K", Appealed = true, AppealUpheld = true },
                new ProviderViolation { Date = new DateOnly(2024, 3, 1), Points = 3, Kind = "K", Appealed = true },
            ],
        };

        provider.CurrentYearViolationPoints.Should().Be(5);
    }
}
