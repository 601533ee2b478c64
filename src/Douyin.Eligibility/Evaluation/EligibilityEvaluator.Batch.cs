using System.Runtime.CompilerServices;

namespace Douyin.Eligibility;

/// <summary>Batch evaluation over lazy streams.</summary>
public sealed partial class EligibilityEvaluator
{
    /// <summary>
    /// Evaluates a stream of snapshots lazily, one result per input in input order, holding one item at a time
    /// (constant memory). Null or invalid items give invalid results; they do not stop the batch.
    /// </summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <typeparam name="TResult">The result type of <paramref name="evaluate"/>.</typeparam>
    /// <param name="snapshots">The inputs, read as the results are enumerated.</param>
    /// <param name="evaluate">The family to apply, e.g. <c>(e, m) =&gt; e.EvaluateAllianceAdmission(m, settings)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or <paramref name="evaluate"/> is null.</exception>
    public IEnumerable<TResult> EvaluateMany<TSnapshot, TResult>(IEnumerable<TSnapshot> snapshots, Func<EligibilityEvaluator, TSnapshot, TResult> evaluate)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(evaluate);
        return Iterate(snapshots, evaluate);
    }

    /// <summary>
    /// Evaluates an asynchronous stream of snapshots lazily, one result per input in input order (constant memory).
    /// Null or invalid items give invalid results; they do not stop the batch.
    /// </summary>
    /// <typeparam name="TSnapshot">The snapshot type.</typeparam>
    /// <typeparam name="TResult">The result type of <paramref name="evaluate"/>.</typeparam>
    /// <param name="snapshots">The inputs, read as the results are enumerated.</param>
    /// <param name="evaluate">The family to apply, e.g. <c>(e, m) =&gt; e.EvaluateAllianceAdmission(m, settings)</c>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or <paramref name="evaluate"/> is null.</exception>
    public IAsyncEnumerable<TResult> EvaluateMany<TSnapshot, TResult>(IAsyncEnumerable<TSnapshot> snapshots, Func<EligibilityEvaluator, TSnapshot, TResult> evaluate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(evaluate);
        return IterateAsync(snapshots, evaluate, cancellationToken);
    }

    private IEnumerable<TResult> Iterate<TSnapshot, TResult>(IEnumerable<TSnapshot> snapshots, Func<EligibilityEvaluator, TSnapshot, TResult> evaluate)
    {
        foreach (var snapshot in snapshots)
        {
            yield return evaluate(this, snapshot);
        }
    }

    private async IAsyncEnumerable<TResult> IterateAsync<TSnapshot, TResult>(IAsyncEnumerable<TSnapshot> snapshots, Func<EligibilityEvaluator, TSnapshot, TResult> evaluate, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var snapshot in snapshots.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Also for sources that ignore the token.
            cancellationToken.ThrowIfCancellationRequested();
            yield return evaluate(this, snapshot);
        }
    }
}
