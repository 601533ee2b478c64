using System.Data.Common;
using Douyin.Eligibility.History.Records;

namespace Douyin.Eligibility.History.Storage;

/// <summary>A run being written on a connection of its own: a transaction per batch, and the swap into place at completion.</summary>
internal sealed class SqlRunWriter(SqlDecisionStore store, DbConnection connection, RunDescriptor run, long runId) : IDecisionRunWriter
{
    private readonly Dictionary<(string, string, string, string), long> _kinds = [];
    private bool _completed;

    public RunDescriptor Run { get; } = run;

    public long Written { get; private set; }

    public async Task WriteAsync(IReadOnlyList<DecisionRecord> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_completed, this);
        foreach (var record in batch)
        {
            if (!string.Equals(record.Family, Run.Family, StringComparison.Ordinal) || record.AsOf != Run.AsOf)
            {
                throw StoreErrors.InvalidRecord(store.Location, record, Run);
            }
        }

        if (batch.Count == 0)
        {
            return;
        }

        await store.Guard(async () =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var added = await SqlDecisionStore.KindsAsync(transaction, batch, _kinds, cancellationToken).ConfigureAwait(false);
            try
            {
                var first = SqlDecisionStore.Range(runId).Lo + Written;
                await store.InsertAsync(transaction, runId, first, batch, c => _kinds.TryGetValue(SqlDecisionStore.KindKey(c), out var id) ? id : added[SqlDecisionStore.KindKey(c)], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (store.IsUniqueViolation(e))
            {
                throw StoreErrors.DuplicateSubject(store.Location, e, Run.Family, Run.AsOf);
            }

            await SqlDecisionStore.ExecuteAsync(connection, transaction, "UPDATE runs SET heartbeat_at = @t, decisions = decisions + @n WHERE run_id = @r", cancellationToken, ("t", DateTimeOffset.UtcNow), ("n", (long)batch.Count), ("r", runId)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // Known only once committed: a batch rolled back takes its new kinds with it.
            foreach (var (key, id) in added)
            {
                _kinds[key] = id;
            }

            return true;
        }).ConfigureAwait(false);
        Written += batch.Count;
    }

    public async Task<RunInfo> CompleteAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var completedAt = DateTimeOffset.UtcNow;
        await store.Guard(async () =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (var find = SqlDecisionStore.Command(connection, transaction, "SELECT run_id FROM runs WHERE family = @f AND as_of = @d AND state = 'complete'", ("f", Run.Family), ("d", Run.AsOf)))
            {
                if (await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } old and not DBNull)
                {
                    await SqlDecisionStore.DeleteRunAsync(connection, transaction, Convert.ToInt64(old, System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                }
            }

            await SqlDecisionStore.ExecuteAsync(connection, transaction, "UPDATE runs SET state = 'complete', completed_at = @t, heartbeat_at = @t WHERE run_id = @r", cancellationToken, ("t", completedAt), ("r", runId)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        _completed = true;
        return new RunInfo(Run.Family, Run.AsOf, Run.RuleSetHash, Written, completedAt);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_completed)
            {
                // Not completed: what this run wrote is discarded; the stored days are untouched. Should this fail too (the
                // disk is gone), the run stays marked 'writing', is never read, and is discarded by the next run of its day.
                _completed = true;
                await SqlDecisionStore.DeleteRunAsync(connection, null, runId, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
        }
        finally
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
