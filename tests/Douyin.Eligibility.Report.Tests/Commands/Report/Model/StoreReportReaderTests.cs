using System.Globalization;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.History;
using Douyin.Eligibility.History.Tests.Support;
using Douyin.Eligibility.Tool.Commands.Report.Html;
using Douyin.Eligibility.Tool.Commands.Report.Model;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Report.Tests.Commands.Report.Model;

public sealed class StoreReportReaderTests : IDisposable
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly DateOnly Day2 = Records.Day1.AddDays(1);
    private static readonly DateOnly Day3 = Records.Day1.AddDays(2);
    private readonly TempDir _dir = new();

    [Fact]
    public async Task ReadAsync_ThreeDays_LatestDayComparedWithTheOneBefore()
    {
        await using var store = await ThreeDaysAsync();

        var model = await StoreReportReader.ReadAsync(store, EligibilityFamilies.All, Request(asOf: null));

        var family = model.Families.Should().ContainSingle().Subject;
        (family.Family, family.AsOf, family.PreviousAsOf, family.Decisions).Should().Be((Records.Family, Day3, Day2, 2L));
        family.Dates.Should().Equal(Records.Day1, Day2, Day3);
        family.Count(Day3, "Clear").Should().Be(1);
        family.Changes.Select(c => (c.SubjectId, c.Kind)).Should().Equal(("S1", History.Queries.ChangeKind.NewlyFailing));
        family.AtRisk.Select(a => a.SubjectId).Should().Equal("S2");
    }

    [Fact]
    public async Task ReadAsync_AsOfAnEarlierDay_LaterDaysLeftOut()
    {
        await using var store = await ThreeDaysAsync();

        var model = await StoreReportReader.ReadAsync(store, EligibilityFamilies.All, Request(asOf: Day2));

        var family = model.Families.Should().ContainSingle().Subject;
        (family.AsOf, family.PreviousAsOf).Should().Be((Day2, Records.Day1));
        family.Dates.Should().Equal(Records.Day1, Day2);
        family.OutcomeCounts.Should().OnlyContain(c => c.AsOf <= Day2);
        family.Count(Day2, "Clear").Should().Be(0);
    }

    [Fact]
    public async Task ReadAsync_AsOfBeforeEveryRun_NoFamily()
    {
        await using var store = await ThreeDaysAsync();

        var model = await StoreReportReader.ReadAsync(store, EligibilityFamilies.All, Request(asOf: Records.Day1.AddDays(-1)));

        model.Families.Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_StoredSnapshots_NamesOfTheListedSubjectsOnly()
    {
        await using var store = DecisionStores.OpenSqlite(_dir.PathOf("names.db"));
        await Records.WriteDayAsync(store, Records.Day1, Records.Store("S1", Records.Day1, 4.0m), Records.Store("S2", Records.Day1, 4.5m));
        await Records.WriteDayAsync(
            store,
            Day2,
            Records.Store("S1", Day2, 3.0m, """{"id":"S1","shopName":"西湖数码生活馆"}"""),
            Records.Store("S2", Day2, 4.5m, """{"id":"S2","shopName":"不在列表"}"""));

        var family = (await StoreReportReader.ReadAsync(store, EligibilityFamilies.All, Request(asOf: null))).Families.Single();

        family.Names.Should().Equal(new Dictionary<string, string> { ["S1"] = "西湖数码生活馆" });
    }

    [Theory]
    [InlineData("""{"shopName":"店","name":"x"}""", "店")]
    [InlineData("""{"name":"服务商"}""", "服务商")]
    [InlineData("""{"shopName":3}""", null)]
    [InlineData("[1]", null)]
    [InlineData("{not json", null)]
    public void SnapshotName_Json_ShopNameThenName(string json, string? expected)
        => StoreReportReader.SnapshotName(json).Should().Be(expected);

    [Fact]
    public void Outcomes_Clearance_PassingFirstThenFailingThenIndeterminate()
    {
        var outcomes = StoreReportReader.Outcomes(EligibilityFamilies.AllianceClearance, ["Clear", "Retain"], English);

        outcomes.Select(o => (o.Name, o.Tone)).Should().Equal(("Retain", OutcomeTone.Pass), ("Clear", OutcomeTone.Fail), ("Indeterminate", OutcomeTone.Indeterminate));
    }

    [Fact]
    public void Outcomes_PenaltyLadder_SeverityInTheFamilysOrder()
    {
        var outcomes = StoreReportReader.Outcomes(EligibilityFamilies.StoreOperationPenalty, [], English);

        outcomes.Where(o => o.Tone == OutcomeTone.Fail).Select(o => (o.Name, o.Severity)).Should().Equal(("ServiceHidden", 1), ("Delisted", 2), ("Banned", 3), ("ClearedOut", 4));
    }

    [Fact]
    public void Outcomes_UnknownFamily_StoredNamesAsFailingExceptIndeterminate()
    {
        var outcomes = StoreReportReader.Outcomes(null, ["Ok", "Indeterminate"], English);

        outcomes.Select(o => (o.Name, o.Label, o.Tone)).Should().Equal(("Indeterminate", "Indeterminate", OutcomeTone.Indeterminate), ("Ok", "Ok", OutcomeTone.Fail));
    }

    [PostgresFact]
    public async Task ReadAsync_PostgresStore_RendersTheSameFamiliesAsSqlite()
    {
        var (connectionString, schema) = await PostgresServer.NewSchemaAsync();
        try
        {
            await using var sqlite = await ThreeDaysAsync();
            await using var postgres = await ThreeDaysAsync(DecisionStores.OpenPostgres(connectionString));

            var fromSqlite = await StoreReportReader.ReadAsync(sqlite, EligibilityFamilies.All, Request(asOf: null));
            var fromPostgres = await StoreReportReader.ReadAsync(postgres, EligibilityFamilies.All, Request(asOf: null));

            Sections(fromPostgres).Should().Be(Sections(fromSqlite)).And.Contain("data-testid=\"change-row\"");
        }
        finally
        {
            await PostgresServer.DropSchemaAsync(schema);
        }

        static string Sections(DailyReportModel model)
        {
            var html = HtmlReportRenderer.Render(model, English);
            return html[html.IndexOf("<section class=\"family\"", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        }
    }

    public void Dispose() => _dir.Dispose();

    private static ReportRequest Request(DateOnly? asOf) => new(null, asOf, 0.05m, English, DateTimeOffset.UnixEpoch);

    /// <summary>S1 and S2 retained on days 1 and 2; on day 3 S1 is cleared (3.2) and S2 is at risk (3.6 against ≥ 3.5).</summary>
    private async Task<IDecisionStore> ThreeDaysAsync(IDecisionStore? into = null)
    {
        var store = into ?? DecisionStores.OpenSqlite(_dir.PathOf("decisions.db"));
        await Records.WriteDayAsync(store, Records.Day1, Records.Store("S1", Records.Day1, 4.0m), Records.Store("S2", Records.Day1, 4.5m));
        await Records.WriteDayAsync(store, Day2, Records.Store("S1", Day2, 4.0m), Records.Store("S2", Day2, 4.4m));
        await Records.WriteDayAsync(store, Day3, Records.Store("S1", Day3, 3.2m), Records.Store("S2", Day3, 3.6m));
        return store;
    }
}
