using Douyin.Eligibility.History.Queries;
using Douyin.Eligibility.History.Storage;
using Douyin.Eligibility.History.Tests.Support;
using static Douyin.Eligibility.History.Tests.Support.Records;

namespace Douyin.Eligibility.History.Tests.Storage;

/// <summary>
/// What every decision store must do, run against a real database by each store's test class (SQLite file, PostgreSQL
/// server): each scenario opens fresh stores on one database through <see cref="OpenAsync"/>.
/// </summary>
public abstract class StoreScenarios
{
    private static readonly DateOnly Day2 = Day1.AddDays(1);
    private static readonly DateOnly Day3 = Day1.AddDays(2);

    /// <summary>Another store on the same database (a second process, as far as the database can tell).</summary>
    protected abstract IDecisionStore OpenAsync();

    protected async Task RoundTripScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("A", Day1, 3.6m, """{"id":"A"}"""), Store("B", Day1, 3.2m));

        var read = await ReadDayAsync(store, Day1);

        read.Should().HaveCount(2);
        read[0].Should().BeEquivalentTo(Store("A", Day1, 3.6m, """{"id":"A"}"""));
        read[1].Outcome.Should().Be("Clear");
        read[1].ReasonCodes.Should().Equal("CLEARANCE_EXPERIENCE_SCORE_LOW");
        read[1].Conditions[0].Change.Should().Be(0.3m);
        (await store.GetRunsAsync()).Should().ContainSingle().Which.Decisions.Should().Be(2);
    }

    protected async Task SameDayTwiceScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("A", Day1, 3.6m), Store("B", Day1, 3.2m));
        await WriteDayAsync(store, Day1, Store("A", Day1, 3.1m), Store("C", Day1, 4.0m), Store("D", Day1, 4.0m));

        var read = await ReadDayAsync(store, Day1);

        read.Select(r => (r.SubjectId, r.Outcome)).Should().Equal(("A", "Clear"), ("C", "Retain"), ("D", "Retain"));
        (await store.GetRunsAsync()).Should().ContainSingle().Which.Decisions.Should().Be(3);
        (await store.GetOutcomeCountsAsync(Family)).Select(c => (c.Outcome, c.Count)).Should().Equal(("Clear", 1L), ("Retain", 2L));
    }

    protected async Task ConcurrentWritersScenario()
    {
        await using var first = OpenAsync();
        await using var second = OpenAsync();
        await WriteDayAsync(first, Day1, Store("OLD", Day1, 4.0m));
        await using var writing = await first.BeginRunAsync(Run(Day1));
        await writing.WriteAsync([Store("A", Day1, 3.6m)]);

        var refused = async () => await second.BeginRunAsync(Run(Day1));
        var other = await second.BeginRunAsync(Run(Day2));
        await other.WriteAsync([Store("B", Day2, 3.7m)]);
        await other.CompleteAsync();
        await other.DisposeAsync();

        (await refused.Should().ThrowAsync<DecisionStoreException>()).Which.Kind.Should().Be(DecisionStoreErrorKind.RunInProgress);
        (await ReadDayAsync(second, Day1)).Select(r => r.SubjectId).Should().Equal("OLD"); // not yet replaced
        await writing.CompleteAsync();
        (await ReadDayAsync(second, Day1)).Select(r => r.SubjectId).Should().Equal("A");
        (await ReadDayAsync(second, Day2)).Select(r => r.SubjectId).Should().Equal("B");
    }

    protected async Task AbandonedRunScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("A", Day1, 3.6m));
        await using (var writer = await store.BeginRunAsync(Run(Day1)))
        {
            await writer.WriteAsync(Many(Day1, 10));
        }

        (await ReadDayAsync(store, Day1)).Select(r => r.SubjectId).Should().Equal("A");
        await WriteDayAsync(store, Day1, Store("B", Day1, 3.6m));
        (await ReadDayAsync(store, Day1)).Select(r => r.SubjectId).Should().Equal("B");
    }

    protected async Task DuplicateSubjectScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("A", Day1, 3.6m));
        await using var writer = await store.BeginRunAsync(Run(Day1));
        await writer.WriteAsync([Store("X", Day1, 3.6m)]);

        var twice = async () => await writer.WriteAsync([Store("Y", Day1, 3.6m), Store("X", Day1, 3.6m)]);

        var error = (await twice.Should().ThrowAsync<DecisionStoreException>()).Which;
        error.Kind.Should().Be(DecisionStoreErrorKind.DuplicateSubject);
        error.Message.Should().Contain(store.Location).And.Contain("2026-11-20");
        await writer.DisposeAsync();
        (await ReadDayAsync(store, Day1)).Select(r => r.SubjectId).Should().Equal("A");
    }

    protected async Task ChangesScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("STAYS", Day1, 4.0m), Store("DROPS", Day1, 3.6m), Store("RECOVERS", Day1, 3.0m), Store("STUCK", Day1, 3.0m), Store("GONE", Day1, 4.0m));
        await WriteDayAsync(store, Day2, Store("STAYS", Day2, 4.0m), Store("DROPS", Day2, 3.4m), Store("RECOVERS", Day2, 3.1m), Store("STUCK", Day2, 3.0m), Store("NEW", Day2, 2.0m));
        await WriteDayAsync(store, Day3, Store("STAYS", Day3, 4.0m), Store("DROPS", Day3, 3.3m), Store("RECOVERS", Day3, 3.5m), Store("STUCK", Day3, 3.0m), Store("NEW", Day3, 2.0m));

        var day2 = await store.GetChangesAsync(Family, Day2);
        var day3 = await store.GetChangesAsync(Family, Day3);

        day2.Select(c => (c.SubjectId, c.Kind, c.DaysFailing)).Should().BeEquivalentTo(new[]
        {
            ("DROPS", ChangeKind.NewlyFailing, 1), ("RECOVERS", ChangeKind.StillFailing, 2), ("STUCK", ChangeKind.StillFailing, 2),
            ("NEW", ChangeKind.NewFailing, 1), ("GONE", ChangeKind.Gone, 0),
        });
        day3.Select(c => (c.SubjectId, c.Kind, c.DaysFailing)).Should().Equal(
            ("RECOVERS", ChangeKind.Recovered, 0), ("STUCK", ChangeKind.StillFailing, 3), ("DROPS", ChangeKind.StillFailing, 2), ("NEW", ChangeKind.StillFailing, 2));
        day3.Single(c => c.SubjectId == "STUCK").ReasonCodes.Should().Equal("CLEARANCE_EXPERIENCE_SCORE_LOW");
        (await store.GetPreviousRunAsync(Family, Day3))!.AsOf.Should().Be(Day2);
    }

    protected async Task AtRiskScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("NEAR", Day1, 3.6m), Store("ON", Day1, 3.5m), Store("FAR", Day1, 4.5m), Store("FAILED", Day1, 3.4m));

        var fivePercent = await store.GetAtRiskAsync(Family, Day1, 0.05m);
        var onePercent = await store.GetAtRiskAsync(Family, Day1, 0.01m);

        fivePercent.Select(a => (a.SubjectId, a.Distance)).Should().Equal(("ON", 0m), ("NEAR", 0.1m));
        fivePercent[1].Should().BeEquivalentTo(new AtRiskCondition("NEAR", "Retain", "CLEARANCE_EXPERIENCE_SCORE_LOW", "merchant.ExperienceScore", ">=", 3.6m, 3.5m, 0.1m));
        onePercent.Select(a => a.SubjectId).Should().Equal("ON");
        (await store.GetMetricValuesAsync(Family, Day1)).Should().HaveCount(4).And.ContainSingle(m => !m.Passed);
    }

    protected async Task OpeningsScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("REOPENS", Day1, 3.6m), Store("NEVER", Day1, 3.0m), Store("ONCE", Day1, 4.0m));
        await WriteDayAsync(store, Day2, Store("REOPENS", Day2, 3.4m), Store("NEVER", Day2, 3.0m), Store("ONCE", Day2, 4.0m));
        await WriteDayAsync(store, Day3, Store("REOPENS", Day3, 3.7m), Store("NEVER", Day3, 3.0m), Store("ONCE", Day3, 4.0m));

        var openings = await store.GetOpeningsAsync(Family, Day3);
        var beforeReopening = await store.GetOpeningsAsync(Family, Day2);

        openings.Should().Equal(new OpeningCount("REOPENS", 2, Day1, Day3, true), new OpeningCount("ONCE", 1, Day1, Day1, true));
        beforeReopening.Should().Equal(new OpeningCount("ONCE", 1, Day1, Day1, true), new OpeningCount("REOPENS", 1, Day1, Day1, false));
    }

    protected async Task ReasonCountsScenario()
    {
        await using var store = OpenAsync();
        await WriteDayAsync(store, Day1, Store("A", Day1, 3.0m), Store("B", Day1, 3.1m), Store("C", Day1, 4.0m));
        await WriteDayAsync(store, Day2, Store("A", Day2, 3.0m), Store("B", Day2, 3.6m), Store("C", Day2, 4.0m));

        (await store.GetReasonCountsAsync(Family)).Should().Equal(
            new ReasonCount(Day1, Family, "CLEARANCE_EXPERIENCE_SCORE_LOW", 2), new ReasonCount(Day2, Family, "CLEARANCE_EXPERIENCE_SCORE_LOW", 1));
    }

    protected async Task NewerSchemaScenario(Func<Task<long>> fingerprint)
    {
        await using (var store = OpenAsync())
        {
            await WriteDayAsync(store, Day1, Store("A", Day1, 3.6m));
            await using var connection = await ((SqlDecisionStore)store).OpenAsync(false, CancellationToken.None);
            await SqlDecisionStore.ExecuteAsync(connection, null, "INSERT INTO schema_version (version, applied_at) VALUES (99, @t)", CancellationToken.None, ("t", DateTimeOffset.UtcNow));
        }

        var before = await fingerprint();
        await using var newer = OpenAsync();

        var open = async () => await newer.GetRunsAsync();

        var error = (await open.Should().ThrowAsync<DecisionStoreException>()).Which;
        error.Kind.Should().Be(DecisionStoreErrorKind.NewerSchema);
        error.Message.Should().Contain("99").And.Contain("newer");
        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("结构版本为 99");
        (await fingerprint()).Should().Be(before);
    }
}
