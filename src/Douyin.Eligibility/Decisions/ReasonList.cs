using System.Collections;

namespace Douyin.Eligibility.Decisions;

/// <summary>Some or all of an evaluation's reasons, each made on first read.</summary>
internal sealed class ReasonList : IReadOnlyList<DecisionReason>
{
    private readonly DecisionEvaluation _evaluation;
    private readonly int[]? _indexes;

    /// <param name="evaluation">The evaluation.</param>
    /// <param name="indexes">The rules, by index, in order; null for every rule.</param>
    public ReasonList(DecisionEvaluation evaluation, int[]? indexes)
    {
        _evaluation = evaluation;
        _indexes = indexes;
    }

    public int Count => _indexes?.Length ?? _evaluation.Count;

    public DecisionReason this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _evaluation.Reason(_indexes is { } map ? map[index] : index);
        }
    }

    public IEnumerator<DecisionReason> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
