using Douyin.Eligibility.History.Records;

namespace Douyin.Eligibility.History;

/// <summary>
/// Writes one run (one family, one day) of a <see cref="IDecisionStore"/>: batches, then <see cref="CompleteAsync"/>. Until
/// it completes the run is invisible; disposing a writer that did not complete discards what it wrote.
/// </summary>
public interface IDecisionRunWriter : IAsyncDisposable
{
    /// <summary>The run being written.</summary>
    RunDescriptor Run { get; }

    /// <summary>Decisions written so far.</summary>
    long Written { get; }

    /// <summary>Writes <paramref name="batch"/> in one transaction. A subject written twice in one run fails with <see cref="DecisionStoreErrorKind.DuplicateSubject"/>.</summary>
    /// <param name="batch">The decisions; each must be of the run's family and date.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task WriteAsync(IReadOnlyList<DecisionRecord> batch, CancellationToken cancellationToken = default);

    /// <summary>Makes the run the stored day of its family and date, replacing the previous run of that day, in one transaction.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunInfo> CompleteAsync(CancellationToken cancellationToken = default);
}
