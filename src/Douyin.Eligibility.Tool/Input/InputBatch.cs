namespace Douyin.Eligibility.Tool.Input;

/// <summary>
/// Consecutive items of the input, read but not yet made into <see cref="InputItem"/>s: whoever takes the batch (a worker
/// thread of <c>check</c>) parses and validates them with <see cref="Item"/>. Dispose returns pooled buffers.
/// </summary>
internal abstract class InputBatch : IDisposable
{
    /// <summary>How many items the batch holds.</summary>
    public abstract int Count { get; }

    /// <summary>About how many bytes of input the batch holds.</summary>
    public abstract long Bytes { get; }

    /// <summary>Item <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), parsed and validated.</summary>
    public abstract InputItem Item(int index);

    public virtual void Dispose()
    {
    }
}
