using System.Text.Json.Serialization.Metadata;

namespace Douyin.Eligibility.Json;

/// <summary>A JSON array's elements as results: an element over the limit is a failed item; broken array syntax gives one last failed result and ends the array.</summary>
internal sealed class JsonArrayItems<T>(int maxElementBytes, JsonTypeInfo<T> typeInfo) : IStreamItems<T>
    where T : class
{
    private readonly JsonArraySplitter _splitter = new(maxElementBytes);
    private int _index;

    public bool IsDone { get; private set; }

    public Memory<byte> FreeSpace => _splitter.GetFreeSpace();

    public void Advance(int count) => _splitter.Advance(count);

    public SnapshotReadResult<T>? Next()
    {
        switch (_splitter.Next(out var item, out var line, out var failure))
        {
            case JsonArraySplitter.Step.NeedMoreData:
                return null;
            case JsonArraySplitter.Step.Item:
                return SnapshotItemParser.Parse(item.Span, line, _index++, typeInfo);
            case JsonArraySplitter.Step.TooLong:
                return SnapshotReadResult<T>.Failure(ItemTooLong.Element(line, _index++, maxElementBytes), line);
            case JsonArraySplitter.Step.Failure:
                IsDone = true;
                return SnapshotReadResult<T>.Failure(failure!, failure!.Line);
            default:
                IsDone = true;
                return null;
        }
    }
}
