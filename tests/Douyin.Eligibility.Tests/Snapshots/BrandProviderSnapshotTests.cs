using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Snapshots;

public class BrandProviderSnapshotTests
{
    private static readonly DateOnly AsOf = new(2023, 1, 25);

    [Theory]
    [InlineData(2023, 1, 25, 0)]
    [InlineData(2022, 12, 25, 31)]
    [InlineData(2022, 1, 25, 365)]
    public void DaysSinceCertified_CertifiedDate_IsWholeDaysToAsOf(int year, int month, int day, int days)
        => new BrandProviderSnapshot { AsOf = AsOf, CertifiedDate = new DateOnly(year, month, day) }.DaysSinceCertified.Should().Be(days);

    [Fact]
    public void DaysSinceCertified_DateUnknown_IsNull()
        => new BrandProviderSnapshot { AsOf = AsOf }.DaysSinceCertified.Should().BeNull();

    [Fact]
    public void Serialize_DaysSinceCertified_IsNotWritten()
        => SnapshotJson.Serialize(new BrandProviderSnapshot { Id = "B", AsOf = AsOf, CertifiedDate = new(2022, 12, 25) })
            .Should().Contain("certifiedDate").And.NotContain("daysSinceCertified");
}
