using System.Data.Common;
using Douyin.Eligibility.History.Records;
using Microsoft.Data.Sqlite;

namespace Douyin.Eligibility.History.Storage;

/// <summary>The embedded store: one SQLite file in WAL mode, no server; prepared inserts, one transaction per batch.</summary>
internal sealed class SqliteDecisionStore : SqlDecisionStore
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["{id}"] = "INTEGER PRIMARY KEY AUTOINCREMENT",
        ["{pk}"] = "INTEGER PRIMARY KEY",
        ["{date}"] = "TEXT",
        ["{ts}"] = "TEXT",
        ["{bool}"] = "INTEGER",
        ["{num}"] = "TEXT",
        ["{norowid}"] = " WITHOUT ROWID",
    };

    private readonly string _connectionString;

    public SqliteDecisionStore(string path, DecisionStoreOptions options)
        : base(options)
    {
        Location = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Location, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30, Pooling = true }.ToString();
    }

    public override string Location { get; }

    protected override IReadOnlyDictionary<string, string> ColumnTypes => Types;

    protected override string ListTablesSql => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    public override async Task<DbConnection> OpenAsync(bool writing, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Location) is { Length: > 0 } directory && !Directory.Exists(directory))
        {
            throw StoreErrors.Unavailable(Location, null, new DirectoryNotFoundException(directory).Message);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (writing)
            {
                // WAL makes NORMAL durable at each checkpoint; a larger page cache keeps the subject index's inserts off the disk.
                await ExecuteAsync(connection, null, "PRAGMA synchronous = NORMAL", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, null, "PRAGMA cache_size = -65536", cancellationToken).ConfigureAwait(false);
                if (Options.MaxSizeBytes is { } max)
                {
                    await using var pageSize = Command(connection, null, "PRAGMA page_size");
                    var size = Convert.ToInt64(await pageSize.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                    await ExecuteAsync(connection, null, $"PRAGMA max_page_count = {Math.Max(1, max / size)}", cancellationToken).ConfigureAwait(false);
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task AfterMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
        => await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);

    public override async Task InsertAsync(DbTransaction transaction, long runId, long firstId, IReadOnlyList<DecisionRecord> batch, Func<ConditionRecord, long> kindOf, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)transaction.Connection!;
        await using var decision = Prepared(connection, transaction, "INSERT INTO decisions (decision_id, run_id, subject_id, outcome, passed, workflow_version, rule_set_hash, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", 8);
        await using var condition = Prepared(connection, transaction, "INSERT INTO conditions (decision_id, seq, kind_id, outcome, observed, threshold, required, change) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", 8);
        for (var n = 0; n < batch.Count; n++)
        {
            var record = batch[n];
            var id = firstId + n;
            Set(decision, id, runId, record.SubjectId, record.Outcome, record.Passed, record.WorkflowVersion, record.RuleSetHash, record.SnapshotJson);
            await decision.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < record.Conditions.Count; i++)
            {
                var c = record.Conditions[i];
                Set(condition, id, i, kindOf(c), c.Outcome, c.Observed, c.Threshold, c.Required, c.Change);
                await condition.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static SqliteCommand Prepared(SqliteConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction)transaction;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    public override bool IsUniqueViolation(Exception exception)
        => exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    public override DecisionStoreException? Translate(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 13 } e => StoreErrors.Full(Location, e, e.Message), // SQLITE_FULL
        SqliteException { SqliteErrorCode: 26 or 11 } e => StoreErrors.Corrupt(Location, e, e.Message), // SQLITE_NOTADB, SQLITE_CORRUPT
        SqliteException { SqliteErrorCode: 14 or 23 or 8 or 10 } e => StoreErrors.Unavailable(Location, e, e.Message), // CANTOPEN, AUTH, READONLY, IOERR
        _ => null,
    };

    public override async ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; let this store's go with it (other stores' pools are left alone).
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }
}
