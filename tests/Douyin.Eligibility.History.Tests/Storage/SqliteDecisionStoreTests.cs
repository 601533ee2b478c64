using System.Security.Cryptography;
using Douyin.Eligibility.History.Schema;
using Douyin.Eligibility.History.Tests.Support;
using Microsoft.Data.Sqlite;
using static Douyin.Eligibility.History.Tests.Support.Records;

namespace Douyin.Eligibility.History.Tests.Storage;

/// <summary>The SQLite store against a real database file in a temporary directory.</summary>
public sealed class SqliteDecisionStoreTests : StoreScenarios, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("douyin-history-").FullName;

    private string DatabasePath => Path.Combine(_directory, "decisions.db");

    protected override IDecisionStore OpenAsync() => DecisionStores.OpenSqlite(DatabasePath);

    [Fact]
    public Task WriteAsync_OneDay_ReadsBackEveryDecisionAndCondition() => RoundTripScenario();

    [Fact]
    public Task CompleteAsync_SameDayWrittenTwice_ReplacesTheDayWithoutDuplicates() => SameDayTwiceScenario();

    [Fact]
    public Task BeginRunAsync_AnotherWriterOnTheSameDay_FailsWithRunInProgress() => ConcurrentWritersScenario();

    [Fact]
    public Task DisposeAsync_RunNotCompleted_KeepsTheStoredDay() => AbandonedRunScenario();

    [Fact]
    public Task WriteAsync_SubjectTwiceInARun_FailsAndKeepsTheStoredDay() => DuplicateSubjectScenario();

    [Fact]
    public Task GetChangesAsync_ThreeDays_ReportsFlipsAndDaysFailing() => ChangesScenario();

    [Fact]
    public Task GetAtRiskAsync_Margin_ListsPassingConditionsNearTheirThreshold() => AtRiskScenario();

    [Fact]
    public Task GetOpeningsAsync_ClearedAndReopened_CountsTwoOpenings() => OpeningsScenario();

    [Fact]
    public Task GetReasonCountsAsync_TwoDays_CountsPerDay() => ReasonCountsScenario();

    [Fact]
    public Task InitializeAsync_NewerSchema_RefusesAndLeavesTheFileUnchanged() => NewerSchemaScenario(() => Task.FromResult(FileFingerprint()));

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesTheCurrentSchemaInWalMode()
    {
        await using (var store = OpenAsync())
        {
            await store.InitializeAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        (await Scalar(connection, "SELECT MAX(version) FROM schema_version")).Should().Be((long)SchemaScripts.Current);
        (await Scalar(connection, "PRAGMA journal_mode")).Should().Be("wal");
    }

    [Fact]
    public async Task InitializeAsync_CorruptFile_FailsWithCorruptAndLeavesTheFileUnchanged()
    {
        await File.WriteAllBytesAsync(DatabasePath, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31))]);
        var before = FileFingerprint();
        await using var store = OpenAsync();

        var open = async () => await store.InitializeAsync();

        var error = (await open.Should().ThrowAsync<DecisionStoreException>()).Which;
        error.Kind.Should().Be(DecisionStoreErrorKind.Corrupt);
        error.Message.Should().Contain(DatabasePath).And.Contain("not changed");
        FileFingerprint().Should().Be(before);
    }

    [Fact]
    public async Task InitializeAsync_DatabaseOfSomethingElse_FailsAndLeavesItUnchanged()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await Scalar(connection, "CREATE TABLE orders (id INTEGER)");
        }

        var before = FileFingerprint();
        await using var store = OpenAsync();

        var open = async () => await store.GetRunsAsync();

        (await open.Should().ThrowAsync<DecisionStoreException>()).Which.Message.Should().Contain("orders");
        FileFingerprint().Should().Be(before);
    }

    [Fact]
    public async Task WriteAsync_FileSizeLimitReached_FailsWithStoreFullAndKeepsTheStoredDays()
    {
        await using (var store = OpenAsync())
        {
            await WriteDayAsync(store, Day1, [.. Many(Day1, 500)]);
        }

        var size = new FileInfo(DatabasePath).Length; // checkpointed on close: the WAL is empty
        await using var limited = DecisionStores.OpenSqlite(DatabasePath, new DecisionStoreOptions { MaxSizeBytes = size + (64 * 1024) });
        await using var writer = await limited.BeginRunAsync(Run(Day1.AddDays(1)));

        var fill = async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await writer.WriteAsync(Many(Day1.AddDays(1), 500, from: i * 500));
            }
        };

        var error = (await fill.Should().ThrowAsync<DecisionStoreException>()).Which;
        error.Kind.Should().Be(DecisionStoreErrorKind.StoreFull);
        error.Message.Should().Contain("intact");
        await writer.DisposeAsync();
        await using var reopened = OpenAsync();
        (await ReadDayAsync(reopened, Day1)).Should().HaveCount(500);
        (await reopened.GetRunsAsync()).Select(r => r.AsOf).Should().Equal(Day1);
    }

    [Fact]
    public async Task BeginRunAsync_DirectoryMissing_FailsWithUnavailable()
    {
        await using var store = DecisionStores.OpenSqlite(Path.Combine(_directory, "no-such-dir", "x.db"));

        var open = async () => await store.BeginRunAsync(Run(Day1));

        (await open.Should().ThrowAsync<DecisionStoreException>()).Which.Kind.Should().Be(DecisionStoreErrorKind.Unavailable);
    }

    [Fact]
    public async Task BeginRunAsync_StaleRunOfTheDay_DiscardsItAndWrites()
    {
        await using var crashed = DecisionStores.OpenSqlite(DatabasePath, new DecisionStoreOptions { StaleRunAfter = TimeSpan.Zero });
        var abandoned = await crashed.BeginRunAsync(Run(Day1)); // never completed nor disposed: its writer "stopped"
        await abandoned.WriteAsync([Store("LOST", Day1, 4.0m)]);

        await WriteDayAsync(crashed, Day1, Store("A", Day1, 4.0m));

        (await ReadDayAsync(crashed, Day1)).Select(r => r.SubjectId).Should().Equal("A");
    }

    private long FileFingerprint()
    {
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(DatabasePath);
        return BitConverter.ToInt64(SHA256.HashData(bytes), 0);
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
