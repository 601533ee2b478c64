using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Snapshots;

public class StoreOperationProviderSnapshotTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    private static StoreOperationProviderSnapshot With(params ProviderViolation?[] violations)
        => new() { Id = "P", AsOf = AsOf, Violations = violations! };

    private static ProviderViolation Violation(DateOnly date, int? points, bool? upheld = null)
        => new() { Id = "V", Date = date, Points = points, Kind = ProviderViolationKinds.ServiceNotAsPromised, AppealUpheld = upheld };

    [Theory]
    [InlineData("2020-08-01", "2024-08-01", 4)]
    [InlineData("2020-08-02", "2024-08-01", 3)]
    [InlineData("2024-08-01", "2024-08-01", 0)]
    [InlineData("2020-02-29", "2024-02-28", 3)]
    [InlineData("2020-02-29", "2024-02-29", 4)]
    [InlineData("2020-02-29", "2023-02-28", 3)]
    public void RegisteredFullYears_RegisteredDate_CountsWholeYearsToAsOf(string registered, string asOf, int years)
        => new StoreOperationProviderSnapshot { RegisteredDate = DateOnly.Parse(registered), AsOf = DateOnly.Parse(asOf) }
            .RegisteredFullYears.Should().Be(years);

    [Fact]
    public void RegisteredFullYears_DateUnknown_IsNull()
        => new StoreOperationProviderSnapshot { AsOf = AsOf }.RegisteredFullYears.Should().BeNull();

    [Fact]
    public void CurrentYearViolationPoints_NoViolations_IsZero()
        => With().CurrentYearViolationPoints.Should().Be(0);

    [Fact]
    public void CurrentYearViolationPoints_ThisYearsViolations_AreSummed()
        => With(Violation(new(2024, 1, 1), 2), Violation(AsOf, 3)).CurrentYearViolationPoints.Should().Be(5);

    [Theory]
    [InlineData(2023, 12, 31, null)]
    [InlineData(2024, 8, 2, null)]
    [InlineData(2024, 3, 1, true)]
    public void CurrentYearViolationPoints_OtherYearFutureOrUpheldAppeal_IsNotCounted(int year, int month, int day, bool? upheld)
        => With(Violation(new(year, month, day), 6, upheld), Violation(new(2024, 2, 1), 1)).CurrentYearViolationPoints.Should().Be(1);

    [Fact]
    public void CurrentYearViolationPoints_AppealNotUpheld_IsCounted()
        => With(Violation(new(2024, 2, 1), 4, upheld: false)).CurrentYearViolationPoints.Should().Be(4);

    [Fact]
    public void CurrentYearViolationPoints_UnknownPointsInThisYear_IsUnknown()
        => With(Violation(new(2024, 2, 1), 4), Violation(new(2024, 3, 1), null)).CurrentYearViolationPoints.Should().BeNull();

    [Fact]
    public void CurrentYearViolationPoints_UnknownPointsInAnotherYear_DoesNotMatter()
        => With(Violation(new(2023, 2, 1), null), Violation(new(2024, 3, 1), 2)).CurrentYearViolationPoints.Should().Be(2);

    [Fact]
    public void CurrentYearViolationPoints_NullEntry_IsSkipped()
        => With(null, Violation(new(2024, 3, 1), 2)).CurrentYearViolationPoints.Should().Be(2);

    [Fact]
    public void CurrentYearViolationPoints_HugeTotals_ClampInsteadOfOverflowing()
        => With(Violation(new(2024, 1, 1), int.MaxValue), Violation(new(2024, 1, 2), int.MaxValue)).CurrentYearViolationPoints.Should().Be(int.MaxValue);

    [Fact]
    public void Serialize_DerivedValues_AreNotWritten()
    {
        var json = SnapshotJson.Serialize(new StoreOperationProviderSnapshot { Id = "P", AsOf = AsOf, RegisteredDate = new(2020, 1, 1) });

        json.Should().NotContain("registeredFullYears").And.NotContain("currentYearViolationPoints");
    }
}
