using System.Text.Json.Serialization.Metadata;

namespace Douyin.Eligibility.Json;

/// <summary>
/// The results of the items a splitter cuts, numbered: every item, parsed or too long, takes the next index, so an
/// index is the item's place in the input whatever became of the items before it.
/// </summary>
/// <param name="maxItemBytes">The limit a too-long item's error names.</param>
/// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
/// <param name="tooLongError">The error for an item over the limit, from its line, index and the limit (<see cref="ItemTooLong"/>).</param>
internal sealed class ItemResults<T>(int maxItemBytes, JsonTypeInfo<T> typeInfo, Func<long, int, int, SnapshotReadError> tooLongError)
    where T : class
{
    private int _index;

    public SnapshotReadResult<T> Parsed(ReadOnlySpan<byte> item, long line) => SnapshotItemParser.Parse(item, line, _index++, typeInfo);

    public SnapshotReadResult<T> TooLong(long line) => SnapshotReadResult<T>.Failure(tooLongError(line, _index++, maxItemBytes), line);
}
