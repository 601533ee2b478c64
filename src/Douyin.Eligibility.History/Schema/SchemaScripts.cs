namespace Douyin.Eligibility.History.Schema;

/// <summary>
/// The store's schema, written once for both databases with the column types as placeholders, and its versions: the
/// script at index <c>i</c> migrates version <c>i</c> to <c>i + 1</c> (docs/decision-store.md).
/// </summary>
internal static class SchemaScripts
{
    /// <summary>The newest schema version this library writes and reads.</summary>
    public const int Current = 1;

    private static readonly string[][] Migrations =
    [
        // 0 → 1: runs, decisions and their conditions.
        [
            "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at {ts} NOT NULL)",
            "CREATE TABLE runs (run_id {id}, family TEXT NOT NULL, as_of {date} NOT NULL, state TEXT NOT NULL, rule_set_hash TEXT NOT NULL, "
            + "started_at {ts} NOT NULL, heartbeat_at {ts} NOT NULL, completed_at {ts}, decisions BIGINT NOT NULL DEFAULT 0)",
            "CREATE UNIQUE INDEX runs_writing ON runs (family, as_of) WHERE state = 'writing'",
            "CREATE UNIQUE INDEX runs_complete ON runs (family, as_of) WHERE state = 'complete'",
            "CREATE TABLE decisions (run_id BIGINT NOT NULL, subject_id TEXT NOT NULL, outcome TEXT NOT NULL, passed {bool} NOT NULL, "
            + "workflow_version TEXT, rule_set_hash TEXT NOT NULL, snapshot TEXT, PRIMARY KEY (run_id, subject_id)){norowid}",
            "CREATE TABLE conditions (run_id BIGINT NOT NULL, subject_id TEXT NOT NULL, seq INTEGER NOT NULL, rule_name TEXT NOT NULL, code TEXT NOT NULL, "
            + "outcome TEXT NOT NULL, field TEXT, operator TEXT, observed {num}, threshold {num}, required {num}, change {num}, "
            + "PRIMARY KEY (run_id, subject_id, seq)){norowid}",
        ],
    ];

    /// <summary>The statements that migrate version <paramref name="from"/> to <paramref name="from"/> + 1, with <paramref name="types"/>' column types.</summary>
    public static IEnumerable<string> Migration(int from, IReadOnlyDictionary<string, string> types)
        => Migrations[from].Select(sql => types.Aggregate(sql, (text, type) => text.Replace(type.Key, type.Value, StringComparison.Ordinal)));
}
