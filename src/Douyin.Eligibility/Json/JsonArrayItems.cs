using System.Text.Json.Serialization.Metadata;

namespace Douyin.Eligibility.Json;

/// <summary>A JSON array's elements as results: an element over the limit is a failed item; broken array syntax gives one last failed result and ends the array.</summary>
internal sealed class JsonArrayItems<T>(int maxElementBytes, JsonTypeInfo<T> typeInfo) : IStreamItems<T>
    where T : class
{
    private readonly JsonArraySplitter _splitter = new(maxElementBytes);
    private readonly ItemResults<T> _results = new(maxElementBytes, typeInfo, ItemTooLong.Element);

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
                return _results.Parsed(item.Span, line);
            case JsonArraySplitter.Step.TooLong:
                return _results.TooLong(line);
            case JsonArraySplitter.Step.Failure:
                IsDone = true;
                return SnapshotReadResult<T>.Failure(failure!, failure!.Line);
            default:
                IsDone = true;
                return null;
        }
    }
}
