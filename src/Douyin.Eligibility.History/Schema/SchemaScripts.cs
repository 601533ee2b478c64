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
        // 0 → 1: runs, decisions and their conditions. A decision's id is its run's id × 2^32 + its place in the run, so
        // a run's rows are one key range and are appended in key order; the text of a condition (rule, code, operand,
        // operator) is written once, in condition_kinds.
        [
            "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at {ts} NOT NULL)",
            "CREATE TABLE runs (run_id {id}, family TEXT NOT NULL, as_of {date} NOT NULL, state TEXT NOT NULL, rule_set_hash TEXT NOT NULL, "
            + "started_at {ts} NOT NULL, heartbeat_at {ts} NOT NULL, completed_at {ts}, decisions BIGINT NOT NULL DEFAULT 0)",
            "CREATE UNIQUE INDEX runs_writing ON runs (family, as_of) WHERE state = 'writing'",
            "CREATE UNIQUE INDEX runs_complete ON runs (family, as_of) WHERE state = 'complete'",
            "CREATE TABLE decisions (decision_id {pk}, run_id BIGINT NOT NULL, subject_id TEXT NOT NULL, outcome TEXT NOT NULL, passed {bool} NOT NULL, "
            + "workflow_version TEXT, rule_set_hash TEXT NOT NULL, snapshot TEXT)",
            "CREATE UNIQUE INDEX decisions_subject ON decisions (run_id, subject_id)",
            "CREATE TABLE condition_kinds (kind_id {id}, rule_name TEXT NOT NULL, code TEXT NOT NULL, field TEXT NOT NULL, operator TEXT NOT NULL, "
            + "UNIQUE (rule_name, code, field, operator))",
            "CREATE TABLE conditions (decision_id BIGINT NOT NULL, seq INTEGER NOT NULL, kind_id BIGINT NOT NULL, outcome TEXT NOT NULL, "
            + "observed {num}, threshold {num}, required {num}, change {num}, PRIMARY KEY (decision_id, seq)){norowid}",
        ],
    ];

    /// <summary>The first decision id of run <paramref name="runId"/>; its ids are this plus 0 … 2^32 − 1.</summary>
    public static long FirstDecisionId(long runId) => runId << 32;

    /// <summary>The statements that migrate version <paramref name="from"/> to <paramref name="from"/> + 1, with <paramref name="types"/>' column types.</summary>
    public static IEnumerable<string> Migration(int from, IReadOnlyDictionary<string, string> types)
        => Migrations[from].Select(sql => types.Aggregate(sql, (text, type) => text.Replace(type.Key, type.Value, StringComparison.Ordinal)));
}
