using System.Diagnostics.CodeAnalysis;

namespace Douyin.Eligibility.Json;

/// <summary>
/// The outcome of reading one item: either <see cref="Value"/> or <see cref="Error"/>. Readers return one per item
/// so that one bad line does not throw away the rest of a stream.
/// </summary>
/// <typeparam name="T">The snapshot type.</typeparam>
public sealed class SnapshotReadResult<T>
    where T : class
{
    private SnapshotReadResult(T? value, SnapshotReadError? error, long line, int index)
    {
        Value = value;
        Error = error;
        Line = line;
        Index = index;
    }

    /// <summary>The item, when it was read; otherwise null.</summary>
    public T? Value { get; }

    /// <summary>Why the item could not be read; null on success.</summary>
    public SnapshotReadError? Error { get; }

    /// <summary>True when <see cref="Value"/> holds the item.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;

    /// <summary>1-based line where the item starts.</summary>
    public long Line { get; }

    /// <summary>0-based position of the item among the items read.</summary>
    public int Index { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The item read.</param>
    /// <param name="line">1-based line where the item starts.</param>
    /// <param name="index">0-based item position.</param>
    public static SnapshotReadResult<T> Success(T value, long line, int index)
        => new(value ?? throw new ArgumentNullException(nameof(value)), null, line, index);

    /// <summary>A failed result.</summary>
    /// <param name="error">Why the item could not be read.</param>
    /// <param name="itemLine">1-based line where the item starts (the error's own line may be later).</param>
    public static SnapshotReadResult<T> Failure(SnapshotReadError error, long itemLine)
        => new(null, error ?? throw new ArgumentNullException(nameof(error)), itemLine, error.Index);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"line {Line}: {Value}" : Error.ToString();
}
