using Douyin.Eligibility.History.Queries;
using Douyin.Eligibility.History.Records;

namespace Douyin.Eligibility.History;

/// <summary>
/// The decision history: each run of a daily check stores one day of one family's decisions, and the queries read what
/// changed between days, who is at risk and how many openings a store has used. SQLite (a file, no server) and PostgreSQL
/// implement it (<see cref="DecisionStores"/>); docs/decision-store.md describes the schema and its versions.
/// </summary>
/// <remarks>
/// A day is written through a <see cref="IDecisionRunWriter"/> in batches, one transaction each; the day becomes visible,
/// replacing a previous run of the same family and date in one transaction, only when the run completes. A run that fails
/// or is abandoned leaves the stored history as it was. Every member throws <see cref="DecisionStoreException"/> for a
/// store that cannot be used (corrupt, newer schema, full, unreachable), with a message saying which and where.
/// </remarks>
public interface IDecisionStore : IAsyncDisposable
{
    /// <summary>Where the store is (a file path, or the connection string without its password), for messages.</summary>
    string Location { get; }

    /// <summary>
    /// Opens the store, creating the schema in an empty one and migrating an older one; refuses (and does not touch) a store
    /// whose schema is newer than this library knows. Called by every other member on first use; calling it again is free.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts writing one day of one family. Fails with <see cref="DecisionStoreErrorKind.RunInProgress"/> while another
    /// writer is writing the same family and date (unless its last write is older than <see cref="DecisionStoreOptions.StaleRunAfter"/>).
    /// </summary>
    /// <param name="run">The family, date and rule set of the run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IDecisionRunWriter> BeginRunAsync(RunDescriptor run, CancellationToken cancellationToken = default);

    /// <summary>The completed runs, oldest date first; of one family when <paramref name="family"/> is set.</summary>
    /// <param name="family">The workflow name (e.g. <c>AllianceClearance</c>), or null for every family.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<RunInfo>> GetRunsAsync(string? family = null, CancellationToken cancellationToken = default);

    /// <summary>The completed run of <paramref name="family"/> latest before <paramref name="asOf"/>; null when there is none.</summary>
    /// <param name="family">The workflow name.</param>
    /// <param name="asOf">The date to look before.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunInfo?> GetPreviousRunAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>Every stored decision of one day, with its conditions, in the order they were written.</summary>
    /// <param name="family">The workflow name.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    IAsyncEnumerable<DecisionRecord> GetDecisionsAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>Decisions per outcome for each day of the family (every completed run), oldest first.</summary>
    /// <param name="family">The workflow name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<OutcomeCount>> GetOutcomeCountsAsync(string family, CancellationToken cancellationToken = default);

    /// <summary>Decisions per reason code (a check that did not pass) for each day of the family, oldest first, most frequent first within a day.</summary>
    /// <param name="family">The workflow name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<ReasonCount>> GetReasonCountsAsync(string family, CancellationToken cancellationToken = default);

    /// <summary>
    /// The subjects of one day whose outcome differs from their outcome in the previous run (or that are new or gone), with
    /// the kind of change and, for failing subjects, the consecutive days failing.
    /// </summary>
    /// <param name="family">The workflow name.</param>
    /// <param name="asOf">The day; it is compared with the latest completed run before it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<SubjectChange>> GetChangesAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// The passing numeric conditions of one day within <paramref name="margin"/> of their threshold: the distance to the
    /// threshold is at most <paramref name="margin"/> × |threshold| (a margin of 0.05 puts an experience score of 3.6 against
    /// "at least 3.5" at risk). Nearest first.
    /// </summary>
    /// <param name="family">The workflow name.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="margin">The relative margin, ≥ 0.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<AtRiskCondition>> GetAtRiskAsync(string family, DateOnly asOf, decimal margin, CancellationToken cancellationToken = default);

    /// <summary>
    /// Openings counted from the history up to <paramref name="asOf"/>: the first day a subject passes counts one, and so
    /// does every later day it passes after a day it did not. Subjects with at least one opening, most first.
    /// </summary>
    /// <param name="family">The workflow name (an Alliance family: admission or clearance).</param>
    /// <param name="asOf">The last day counted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<OpeningCount>> GetOpeningsAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>Every observed value of the numeric conditions of one day, with its threshold, for distributions.</summary>
    /// <param name="family">The workflow name.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<MetricValue>> GetMetricValuesAsync(string family, DateOnly asOf, CancellationToken cancellationToken = default);
}
