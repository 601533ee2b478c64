using System.Data.Common;
using Douyin.Eligibility.History.Records;
using Npgsql;
using NpgsqlTypes;

namespace Douyin.Eligibility.History.Storage;

/// <summary>The server store: PostgreSQL through Npgsql; each batch is two binary COPYs in one transaction.</summary>
internal sealed class PostgresDecisionStore : SqlDecisionStore
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["{id}"] = "BIGSERIAL PRIMARY KEY",
        ["{pk}"] = "BIGINT PRIMARY KEY",
        ["{date}"] = "DATE",
        ["{ts}"] = "TIMESTAMPTZ",
        ["{bool}"] = "BOOLEAN",
        ["{num}"] = "NUMERIC",
        ["{norowid}"] = string.Empty,
    };

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDecisionStore(string connectionString, DecisionStoreOptions options)
        : base(options)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw StoreErrors.Unavailable("PostgreSQL", e, e.Message);
        }

        _dataSource = NpgsqlDataSource.Create(builder);
        builder.Password = null;
        Location = builder.ToString();
    }

    public override string Location { get; }

    protected override IReadOnlyDictionary<string, string> ColumnTypes => Types;

    protected override string ListTablesSql => "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";

    public override async Task<DbConnection> OpenAsync(bool writing, CancellationToken cancellationToken)
        => await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task LockForMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken)
        => await ExecuteAsync(transaction.Connection!, transaction, "SELECT pg_advisory_xact_lock(7410013)", cancellationToken).ConfigureAwait(false);

    public override async Task InsertAsync(DbTransaction transaction, long runId, long firstId, IReadOnlyList<DecisionRecord> batch, Func<ConditionRecord, long> kindOf, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        await using (var decisions = await connection.BeginBinaryImportAsync("COPY decisions (decision_id, run_id, subject_id, outcome, passed, workflow_version, rule_set_hash, snapshot) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            for (var n = 0; n < batch.Count; n++)
            {
                var r = batch[n];
                await decisions.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await decisions.WriteAsync(firstId + n, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await decisions.WriteAsync(runId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await decisions.WriteAsync(r.SubjectId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await decisions.WriteAsync(r.Outcome, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await decisions.WriteAsync(r.Passed, NpgsqlDbType.Boolean, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(decisions, r.WorkflowVersion, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await decisions.WriteAsync(r.RuleSetHash, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(decisions, r.SnapshotJson, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }

            await decisions.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var conditions = await connection.BeginBinaryImportAsync("COPY conditions (decision_id, seq, kind_id, outcome, observed, threshold, required, change) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        for (var n = 0; n < batch.Count; n++)
        {
            var r = batch[n];
            for (var i = 0; i < r.Conditions.Count; i++)
            {
                var c = r.Conditions[i];
                await conditions.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await conditions.WriteAsync(firstId + n, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await conditions.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await conditions.WriteAsync(kindOf(c), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await conditions.WriteAsync(c.Outcome, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(conditions, c.Observed, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(conditions, c.Threshold, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(conditions, c.Required, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(conditions, c.Change, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
            }
        }

        await conditions.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        => value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, decimal? value, NpgsqlDbType type, CancellationToken cancellationToken)
        => value is { } v ? importer.WriteAsync(v, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    public override bool IsUniqueViolation(Exception exception)
        => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override DecisionStoreException? Translate(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DiskFull or PostgresErrorCodes.OutOfMemory or PostgresErrorCodes.ProgramLimitExceeded } e => StoreErrors.Full(Location, e, e.MessageText),
        PostgresException { SqlState: PostgresErrorCodes.DataCorrupted or PostgresErrorCodes.IndexCorrupted } e => StoreErrors.Corrupt(Location, e, e.MessageText),
        PostgresException e => StoreErrors.Unavailable(Location, e, $"{e.SqlState}: {e.MessageText}"),
        NpgsqlException e => StoreErrors.Unavailable(Location, e, e.InnerException?.Message ?? e.Message),
        System.Net.Sockets.SocketException e => StoreErrors.Unavailable(Location, e, e.Message),
        _ => null,
    };

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
