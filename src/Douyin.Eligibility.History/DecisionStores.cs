using Douyin.Eligibility.History.Storage;

namespace Douyin.Eligibility.History;

/// <summary>Opens the decision stores: SQLite (a file; the embedded default) or PostgreSQL (a connection string).</summary>
public static class DecisionStores
{
    /// <summary>
    /// A SQLite store in the file <paramref name="path"/> (created with its directory's permission when missing; WAL journal).
    /// Nothing is read or written until the first call.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public static IDecisionStore OpenSqlite(string path, DecisionStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqliteDecisionStore(path, options ?? new DecisionStoreOptions());
    }

    /// <summary>A PostgreSQL store reached with the Npgsql <paramref name="connectionString"/> (e.g. <c>Host=localhost;Database=decisions;Username=app</c>); tables go into the connection's current schema.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public static IDecisionStore OpenPostgres(string connectionString, DecisionStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new PostgresDecisionStore(connectionString, options ?? new DecisionStoreOptions());
    }

    /// <summary>
    /// The store <paramref name="location"/> names: a PostgreSQL connection string when it contains <c>=</c> (as
    /// <c>Host=…;Database=…</c> does), otherwise a SQLite file path.
    /// </summary>
    /// <param name="location">A file path or a connection string.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public static IDecisionStore Open(string location, DecisionStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return IsConnectionString(location) ? OpenPostgres(location, options) : OpenSqlite(location, options);
    }

    /// <summary>True when <paramref name="location"/> is read as a PostgreSQL connection string by <see cref="Open"/>.</summary>
    /// <param name="location">A file path or a connection string.</param>
    public static bool IsConnectionString(string location) => location.Contains('=', StringComparison.Ordinal);
}
