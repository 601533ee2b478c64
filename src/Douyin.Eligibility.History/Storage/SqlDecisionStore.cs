using System.Data.Common;
using System.Runtime.CompilerServices;
using Douyin.Eligibility.History.Queries;
using Douyin.Eligibility.History.Records;
using Douyin.Eligibility.History.Schema;

namespace Douyin.Eligibility.History.Storage;

/// <summary>
/// What both databases share: the schema and its migration, runs, and every query, in SQL both understand. A database
/// adds its connections, column types, bulk insert and the reading of its errors.
/// </summary>
internal abstract class SqlDecisionStore(DecisionStoreOptions options) : IDecisionStore
{
    private readonly SemaphoreSlim _initialize = new(1, 1);
    private volatile bool _initialized;

    public abstract string Location { get; }

    public DecisionStoreOptions Options { get; } = options;

    /// <summary>Column types for <see cref="SchemaScripts"/>: <c>{id}</c>, <c>{date}</c>, <c>{ts}</c>, <c>{bool}</c>, <c>{num}</c>, <c>{norowid}</c>.</summary>
    protected abstract IReadOnlyDictionary<string, string> ColumnTypes { get; }

    /// <summary>The names of the tables in the store's schema.</summary>
    protected abstract string ListTablesSql { get; }

    /// <summary>A new open connection; <paramref name="writing"/> for a run writer's connection.</summary>
    public abstract Task<DbConnection> OpenAsync(bool writing, CancellationToken cancellationToken);

    /// <summary>Serializes migrations between processes within <paramref name="transaction"/> (SQLite's write lock does it already).</summary>
    protected virtual Task LockForMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the schema is known good: settings that change the database (SQLite's WAL journal).</summary>
    protected virtual Task AfterMigrationAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Inserts <paramref name="batch"/> within <paramref name="transaction"/>: decision <c>i</c> gets id <paramref name="firstId"/> + i,
    /// its conditions the kinds <paramref name="kindOf"/> gives.
    /// </summary>
    public abstract Task InsertAsync(DbTransaction transaction, long runId, long firstId, IReadOnlyList<DecisionRecord> batch, Func<ConditionRecord, long> kindOf, CancellationToken cancellationToken);

    /// <summary>The store error <paramref name="exception"/> means, or null when it is none of the known ones.</summary>
    public abstract DecisionStoreException? Translate(Exception exception);

    /// <summary>True when <paramref name="exception"/> is a unique-key violation.</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initialize.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await Guard(() => MigrateAsync(cancellationToken)).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initialize.Release();
        }
    }

    private async Task<bool> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(writing: false, cancellationToken).ConfigureAwait(false);
        var tables = await ReadTablesAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var version = await ReadVersionAsync(connection, null, tables, cancellationToken).ConfigureAwait(false);
        if (version < SchemaScripts.Current)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockForMigrationAsync(transaction, cancellationToken).ConfigureAwait(false);

            // Again under the lock: another process may have migrated meanwhile.
            tables = await ReadTablesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            version = await ReadVersionAsync(connection, transaction, tables, cancellationToken).ConfigureAwait(false);
            for (; version < SchemaScripts.Current; version++)
            {
                foreach (var statement in SchemaScripts.Migration(version, ColumnTypes))
                {
                    await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@v, @t)", cancellationToken, ("v", version + 1), ("t", DateTimeOffset.UtcNow)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await AfterMigrationAsync(connection, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<HashSet<string>> ReadTablesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var command = Command(connection, transaction, ListTablesSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>The schema version; 0 for an empty database; refuses a newer schema or a database of something else.</summary>
    private async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, HashSet<string> tables, CancellationToken cancellationToken)
    {
        if (!tables.Contains("schema_version"))
        {
            return tables.Count == 0 ? 0 : throw StoreErrors.Foreign(Location, string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5)));
        }

        await using var command = Command(connection, transaction, "SELECT MAX(version) FROM schema_version");
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        var version = value is null or DBNull ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        if (version > SchemaScripts.Current)
        {
            throw StoreErrors.NewerSchema(Location, version, SchemaScripts.Current);
        }

        return version;
    }

    public async Task<IDecisionRunWriter> BeginRunAsync(RunDescriptor run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = await Guard(() => OpenAsync(writing: true, cancellationToken)).ConfigureAwait(false);
        try
        {
            var runId = await Guard(() => StartRunAsync(connection, run, cancellationToken)).ConfigureAwait(false);
            return new SqlRunWriter(this, connection, run, runId);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<long> StartRunAsync(DbConnection connection, RunDescriptor run, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;

        // A run of this day still being written: abandoned when its last write is old enough, otherwise another writer's.
        await using (var find = Command(connection, transaction, "SELECT run_id, heartbeat_at FROM runs WHERE family = @f AND as_of = @d AND state = 'writing'", ("f", run.Family), ("d", run.AsOf)))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (staleId, heartbeat) = (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1));
                await reader.DisposeAsync().ConfigureAwait(false);
                if (now - heartbeat < Options.StaleRunAfter)
                {
                    throw RunInProgress(run, heartbeat);
                }

                await DeleteRunAsync(connection, transaction, staleId, cancellationToken).ConfigureAwait(false);
            }
        }

        long id;
        try
        {
            await using var insert = Command(
                connection,
                transaction,
                "INSERT INTO runs (family, as_of, state, rule_set_hash, started_at, heartbeat_at, decisions) VALUES (@f, @d, 'writing', @h, @t, @t, 0) RETURNING run_id",
                ("f", run.Family),
                ("d", run.AsOf),
                ("h", run.RuleSetHash),
                ("t", now));
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            // Another writer started the same day between our look and our insert.
            throw RunInProgress(run, now);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    private DecisionStoreException RunInProgress(RunDescriptor run, DateTimeOffset heartbeat)
        => StoreErrors.RunInProgress(Location, run.Family, run.AsOf, heartbeat, Options.StaleRunAfter);

    /// <summary>Deletes run <paramref name="runId"/> with its decisions and conditions (one key range each).</summary>
    public static async Task DeleteRunAsync(DbConnection connection, DbTransaction? transaction, long runId, CancellationToken cancellationToken)
    {
        var (lo, hi) = Range(runId);
        await ExecuteAsync(connection, transaction, "DELETE FROM conditions WHERE decision_id BETWEEN @lo AND @hi", cancellationToken, ("lo", lo), ("hi", hi)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM decisions WHERE decision_id BETWEEN @lo AND @hi", cancellationToken, ("lo", lo), ("hi", hi)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM runs WHERE run_id = @r", cancellationToken, ("r", runId)).ConfigureAwait(false);
    }

    /// <summary>The decision ids of run <paramref name="runId"/>.</summary>
    public static (long Lo, long Hi) Range(long runId) => (SchemaScripts.FirstDecisionId(runId), SchemaScripts.FirstDecisionId(runId) + uint.MaxValue);

    /// <summary>
    /// The id of each condition kind of <paramref name="batch"/> not in <paramref name="known"/>, added within
    /// <paramref name="transaction"/> when new (another writer may add the same kind at the same time: then its id is read).
    /// </summary>
    public static async Task<Dictionary<(string, string, string, string), long>> KindsAsync(DbTransaction transaction, IReadOnlyList<DecisionRecord> batch, IReadOnlyDictionary<(string, string, string, string), long> known, CancellationToken cancellationToken)
    {
        var added = new Dictionary<(string, string, string, string), long>();
        foreach (var key in batch.SelectMany(r => r.Conditions).Select(KindKey).Distinct())
        {
            if (known.ContainsKey(key) || added.ContainsKey(key))
            {
                continue;
            }

            var parameters = new (string, object?)[] { ("n", key.Item1), ("c", key.Item2), ("f", key.Item3), ("o", key.Item4) };
            await ExecuteAsync(transaction.Connection!, transaction, "INSERT INTO condition_kinds (rule_name, code, field, operator) VALUES (@n, @c, @f, @o) ON CONFLICT DO NOTHING", cancellationToken, parameters).ConfigureAwait(false);
            await using var find = Command(transaction.Connection!, transaction, "SELECT kind_id FROM condition_kinds WHERE rule_name = @n AND code = @c AND field = @f AND operator = @o", parameters);
            added[key] = Convert.ToInt64(await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        return added;
    }

    /// <summary>A condition's kind: rule, code, operand and operator (the empty string for none).</summary>
    public static (string, string, string, string) KindKey(ConditionRecord c) => (c.RuleName, c.Code, c.Field ?? string.Empty, c.Operator ?? string.Empty);

    public Task<IReadOnlyList<RunInfo>> GetRunsAsync(string? family = null, CancellationToken cancellationToken = default)
        => QueryAsync(
            "SELECT family, as_of, rule_set_hash, decisions, completed_at FROM runs WHERE state = 'complete'" + (family is null ? string.Empty : " AND family = @f") + " ORDER BY as_of, family",
            ReadRun,
            cancellationToken,
            ("f", family));

    public async Task<RunInfo?> GetPreviousRunAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default)
        => (await QueryAsync(
            "SELECT family, as_of, rule_set_hash, decisions, completed_at FROM runs WHERE state = 'complete' AND family = @f AND as_of < @d ORDER BY as_of DESC LIMIT 1",
            ReadRun,
            cancellationToken,
            ("f", family),
            ("d", asOf)).ConfigureAwait(false)).FirstOrDefault();

    private static RunInfo ReadRun(DbDataReader r)
        => new(r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetString(2), r.GetInt64(3), r.GetFieldValue<DateTimeOffset>(4));

    public async IAsyncEnumerable<DecisionRecord> GetDecisionsAsync(string family, DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var runId = await RunIdAsync(family, asOf, cancellationToken).ConfigureAwait(false);
        if (runId is null)
        {
            yield break;
        }

        var (lo, hi) = Range(runId.Value);
        await using var decisionConnection = await Guard(() => OpenAsync(false, cancellationToken)).ConfigureAwait(false);
        await using var conditionConnection = await Guard(() => OpenAsync(false, cancellationToken)).ConfigureAwait(false);
        await using var decisions = Command(decisionConnection, null, "SELECT decision_id, subject_id, outcome, passed, workflow_version, rule_set_hash, snapshot FROM decisions WHERE decision_id BETWEEN @lo AND @hi ORDER BY decision_id", ("lo", lo), ("hi", hi));
        await using var conditions = Command(conditionConnection, null, "SELECT c.decision_id, " + ConditionColumns + " FROM conditions c JOIN condition_kinds k ON k.kind_id = c.kind_id WHERE c.decision_id BETWEEN @lo AND @hi ORDER BY c.decision_id, c.seq", ("lo", lo), ("hi", hi));
        await using var d = await Guard(() => decisions.ExecuteReaderAsync(cancellationToken)).ConfigureAwait(false);
        await using var c = await Guard(() => conditions.ExecuteReaderAsync(cancellationToken)).ConfigureAwait(false);
        var hasCondition = await c.ReadAsync(cancellationToken).ConfigureAwait(false);
        while (await d.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = d.GetInt64(0);
            var list = new List<ConditionRecord>();

            // Both are in decision order: this decision's conditions are the next ones with its id.
            while (hasCondition && c.GetInt64(0) == id)
            {
                list.Add(ReadCondition(c, 1));
                hasCondition = await c.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            yield return new DecisionRecord(family, d.GetString(1), asOf, d.GetString(2), d.GetBoolean(3), Text(d, 4), d.GetString(5), list, Text(d, 6));
        }
    }

    /// <summary>The columns <see cref="ReadCondition"/> reads, of <c>conditions c</c> joined with <c>condition_kinds k</c>.</summary>
    private const string ConditionColumns = "k.rule_name, k.code, c.outcome, k.field, k.operator, c.observed, c.threshold, c.required, c.change";

    private static ConditionRecord ReadCondition(DbDataReader r, int at)
        => new(r.GetString(at), r.GetString(at + 1), r.GetString(at + 2), Blank(r.GetString(at + 3)), Blank(r.GetString(at + 4)), Number(r, at + 5), Number(r, at + 6), Number(r, at + 7), Number(r, at + 8));

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    public Task<IReadOnlyList<OutcomeCount>> GetOutcomeCountsAsync(string family, CancellationToken cancellationToken = default)
        => QueryAsync(
            "SELECT r.as_of, d.outcome, COUNT(*) FROM decisions d JOIN runs r ON r.run_id = d.run_id WHERE r.state = 'complete' AND r.family = @f GROUP BY r.as_of, d.outcome ORDER BY r.as_of, d.outcome",
            r => new OutcomeCount(r.GetFieldValue<DateOnly>(0), family, r.GetString(1), r.GetInt64(2)),
            cancellationToken,
            ("f", family));

    public Task<IReadOnlyList<ReasonCount>> GetReasonCountsAsync(string family, CancellationToken cancellationToken = default)
        => QueryAsync(
            "SELECT r.as_of, k.code, COUNT(*) FROM conditions c JOIN condition_kinds k ON k.kind_id = c.kind_id JOIN decisions d ON d.decision_id = c.decision_id JOIN runs r ON r.run_id = d.run_id "
            + "WHERE r.state = 'complete' AND r.family = @f AND c.outcome <> 'Passed' GROUP BY r.as_of, k.code ORDER BY r.as_of, COUNT(*) DESC, k.code",
            r => new ReasonCount(r.GetFieldValue<DateOnly>(0), family, r.GetString(1), r.GetInt64(2)),
            cancellationToken,
            ("f", family));

    public Task<IReadOnlyList<SubjectChange>> GetChangesAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default)
        => ChangeQuery.RunAsync(this, family, asOf, cancellationToken);

    public async Task<IReadOnlyList<AtRiskCondition>> GetAtRiskAsync(string family, DateOnly asOf, decimal margin, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(margin);

        // The database narrows (its arithmetic may be binary floating point: a little slack), the exact test is in decimal.
        var rows = await NumericConditionsAsync(
            family,
            asOf,
            "AND c.outcome = 'Passed' AND k.operator IN ('>', '>=', '<', '<=') AND ABS(c.observed - c.threshold) <= (@m * ABS(c.threshold)) + 0.000001",
            r => new AtRiskCondition(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDecimal(5), r.GetDecimal(6), 0m),
            cancellationToken,
            ("m", margin)).ConfigureAwait(false);
        return rows
            .Select(a => a with { Distance = Math.Abs(a.Observed - a.Threshold) })
            .Where(a => a.Distance <= margin * Math.Abs(a.Threshold))
            .OrderBy(a => a.Threshold == 0 ? 0 : a.Distance / Math.Abs(a.Threshold))
            .ThenBy(a => a.SubjectId, StringComparer.Ordinal)
            .ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The numeric conditions of one day (observed value and threshold known) that pass <paramref name="filter"/>: subject, outcome, code, field, operator, observed, threshold, condition outcome.</summary>
    private async Task<IReadOnlyList<T>> NumericConditionsAsync<T>(string family, DateOnly asOf, string filter, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var runId = await RunIdAsync(family, asOf, cancellationToken).ConfigureAwait(false);
        if (runId is null)
        {
            return [];
        }

        var (lo, hi) = Range(runId.Value);
        return await QueryAsync(
            "SELECT d.subject_id, d.outcome, k.code, k.field, k.operator, c.observed, c.threshold, c.outcome FROM conditions c JOIN condition_kinds k ON k.kind_id = c.kind_id "
            + "JOIN decisions d ON d.decision_id = c.decision_id WHERE c.decision_id BETWEEN @lo AND @hi AND c.observed IS NOT NULL AND c.threshold IS NOT NULL AND k.field <> '' AND k.operator <> '' "
            + filter + " ORDER BY c.decision_id, c.seq",
            read,
            cancellationToken,
            [("lo", lo), ("hi", hi), .. parameters]).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OpeningCount>> GetOpeningsAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        // Subject by subject, day by day (the sort is the database's): one subject's days in memory at a time.
        var result = new List<OpeningCount>();
        string? subject = null;
        var (openings, previous, firstDay, lastOpened) = (0, false, default(DateOnly), default(DateOnly));
        await QueryAsync<bool>(
            "SELECT d.subject_id, r.as_of, d.passed FROM decisions d JOIN runs r ON r.run_id = d.run_id WHERE r.state = 'complete' AND r.family = @f AND r.as_of <= @d ORDER BY d.subject_id, r.as_of",
            r =>
            {
                var (id, day, passed) = (r.GetString(0), r.GetFieldValue<DateOnly>(1), r.GetBoolean(2));
                if (!string.Equals(id, subject, StringComparison.Ordinal))
                {
                    Flush();
                    (subject, openings, previous, firstDay) = (id, 0, false, day);
                }

                if (passed && !previous)
                {
                    openings++;
                    lastOpened = day;
                }

                previous = passed;
                return false;
            },
            cancellationToken,
            keep: false,
            ("f", family),
            ("d", asOf)).ConfigureAwait(false);
        Flush();
        return [.. result.OrderByDescending(o => o.Openings).ThenBy(o => o.SubjectId, StringComparer.Ordinal)];

        void Flush()
        {
            if (subject is not null && openings > 0)
            {
                result.Add(new OpeningCount(subject, openings, firstDay, lastOpened, previous));
            }
        }
    }

    public Task<IReadOnlyList<MetricValue>> GetMetricValuesAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default)
        => NumericConditionsAsync(
            family,
            asOf,
            string.Empty,
            r => new MetricValue(r.GetString(0), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDecimal(5), r.GetDecimal(6), r.GetString(7) == "Passed"),
            cancellationToken);

    /// <summary>The completed run of the family and day; null when there is none.</summary>
    public async Task<long?> RunIdAsync(string family, DateOnly asOf, CancellationToken cancellationToken)
        => (await QueryAsync("SELECT run_id FROM runs WHERE state = 'complete' AND family = @f AND as_of = @d", r => (long?)r.GetInt64(0), cancellationToken, ("f", family), ("d", asOf)).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>Each subject's outcome and pass on one day.</summary>
    public async Task<Dictionary<string, (string Outcome, bool Passed)>> SubjectStatesAsync(string family, DateOnly asOf, CancellationToken cancellationToken)
    {
        var runId = await RunIdAsync(family, asOf, cancellationToken).ConfigureAwait(false);
        var rows = runId is null
            ? []
            : await QueryAsync("SELECT subject_id, outcome, passed FROM decisions WHERE decision_id BETWEEN @lo AND @hi", r => (r.GetString(0), r.GetString(1), r.GetBoolean(2)), cancellationToken, ("lo", Range(runId.Value).Lo), ("hi", Range(runId.Value).Hi)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Item1, r => (r.Item2, r.Item3), StringComparer.Ordinal);
    }

    /// <summary>Runs a query on a connection of its own and reads every row with <paramref name="read"/>.</summary>
    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => QueryAsync(sql, read, cancellationToken, keep: true, parameters);

    /// <summary>As <see cref="QueryAsync{T}(string, Func{DbDataReader, T}, CancellationToken, ValueTuple{string, object}[])"/>; <paramref name="keep"/> false reads every row and keeps none.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, bool keep, params (string Name, object? Value)[] parameters)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await Guard(async () =>
        {
            await using var connection = await OpenAsync(false, cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = read(reader);
                if (keep)
                {
                    rows.Add(row);
                }
            }

            return (IReadOnlyList<T>)rows;
        }).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="action"/>, turning a database error into the <see cref="DecisionStoreException"/> it means.</summary>
    public async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not DecisionStoreException && e is not OperationCanceledException && Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static decimal? Number(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

    public virtual ValueTask DisposeAsync()
    {
        _initialize.Dispose();
        return ValueTask.CompletedTask;
    }
}
