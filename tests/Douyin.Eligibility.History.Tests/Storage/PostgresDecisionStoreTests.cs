using Douyin.Eligibility.History.Tests.Support;
using Npgsql;

namespace Douyin.Eligibility.History.Tests.Storage;

/// <summary>The PostgreSQL store against a real server (<see cref="PostgresFactAttribute"/>), each test in a schema of its own.</summary>
public sealed class PostgresDecisionStoreTests : StoreScenarios, IAsyncLifetime
{
    private string? _connectionString;
    private string? _schema;

    protected override IDecisionStore OpenAsync() => DecisionStores.Open(_connectionString!);

    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is not null || PostgresServer.Required)
        {
            (_connectionString, _schema) = await PostgresServer.NewSchemaAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_schema is not null)
        {
            await PostgresServer.DropSchemaAsync(_schema);
        }
    }

    [PostgresFact]
    public Task WriteAsync_OneDay_ReadsBackEveryDecisionAndCondition() => RoundTripScenario();

    [PostgresFact]
    public Task CompleteAsync_SameDayWrittenTwice_ReplacesTheDayWithoutDuplicates() => SameDayTwiceScenario();

    [PostgresFact]
    public Task BeginRunAsync_AnotherWriterOnTheSameDay_FailsWithRunInProgress() => ConcurrentWritersScenario();

    [PostgresFact]
    public Task DisposeAsync_RunNotCompleted_KeepsTheStoredDay() => AbandonedRunScenario();

    [PostgresFact]
    public Task WriteAsync_SubjectTwiceInARun_FailsAndKeepsTheStoredDay() => DuplicateSubjectScenario();

    [PostgresFact]
    public Task GetChangesAsync_ThreeDays_ReportsFlipsAndDaysFailing() => ChangesScenario();

    [PostgresFact]
    public Task GetAtRiskAsync_Margin_ListsPassingConditionsNearTheirThreshold() => AtRiskScenario();

    [PostgresFact]
    public Task GetOpeningsAsync_ClearedAndReopened_CountsTwoOpenings() => OpeningsScenario();

    [PostgresFact]
    public Task GetReasonCountsAsync_TwoDays_CountsPerDay() => ReasonCountsScenario();

    [PostgresFact]
    public Task InitializeAsync_NewerSchema_RefusesAndLeavesTheStoreUnchanged() => NewerSchemaScenario(RowCountsAsync);

    [PostgresFact]
    public async Task InitializeAsync_NoServer_FailsWithUnavailable()
    {
        await using var store = DecisionStores.Open("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=secret;Timeout=2");

        var open = async () => await store.InitializeAsync();

        var error = (await open.Should().ThrowAsync<DecisionStoreException>()).Which;
        error.Kind.Should().Be(DecisionStoreErrorKind.Unavailable);
        error.Message.Should().Contain("Port=1").And.NotContain("secret");
    }

    [PostgresFact]
    public async Task InitializeAsync_TwoStoresAtOnce_MigrateOnce()
    {
        await using var first = OpenAsync();
        await using var second = OpenAsync();

        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());

        (await RowCountsAsync()).Should().Be(1_000_000_001); // one schema_version row (version 1), no runs, no decisions
    }

    /// <summary>Rows in the schema's tables, summed, with the schema version: a change to any shows.</summary>
    private async Task<long> RowCountsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT COUNT(*) FROM schema_version) + (SELECT COUNT(*) FROM runs) * 1000 + (SELECT COUNT(*) FROM decisions) * 1000000 + (SELECT COALESCE(SUM(version), 0) FROM schema_version) * 1000000000",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
