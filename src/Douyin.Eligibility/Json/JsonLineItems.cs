using System.Text.Json.Serialization.Metadata;

namespace Douyin.Eligibility.Json;

/// <summary>
/// JSON Lines as results: every line counts, blank ones are skipped, a line over the limit is a failed item, the
/// others are parsed.
/// </summary>
internal sealed class JsonLineItems<T>(int maxLineBytes, JsonTypeInfo<T> typeInfo) : IStreamItems<T>
    where T : class
{
    private readonly JsonLineSplitter _splitter = new(maxLineBytes);
    private readonly ItemResults<T> _results = new(maxLineBytes, typeInfo, ItemTooLong.Line);

    public bool IsDone { get; private set; }

    public Memory<byte> FreeSpace => _splitter.GetFreeSpace();

    public void Advance(int count) => _splitter.Advance(count);

    public SnapshotReadResult<T>? Next()
    {
        while (true)
        {
            switch (_splitter.Next(out var line, out var number))
            {
                case JsonLineSplitter.Step.NeedMoreData:
                    return null;
                case JsonLineSplitter.Step.TooLong:
                    return _results.TooLong(number);
                case JsonLineSplitter.Step.Line when JsonLineSplitter.IsBlank(line.Span):
                    continue;
                case JsonLineSplitter.Step.Line:
                    return _results.Parsed(line.Span, number);
                default:
                    IsDone = true;
                    return null;
            }
        }
    }
}
