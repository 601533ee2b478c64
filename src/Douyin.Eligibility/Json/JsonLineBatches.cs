namespace Douyin.Eligibility.Json;

/// <summary>
/// Cuts JSON Lines into <see cref="JsonLineBatch"/>es: lines and numbering exactly as <see cref="JsonLineItems{T}"/>
/// (blank lines skipped but counted, a line over the limit kept as a failed item), but copied out unparsed.
/// </summary>
internal static class JsonLineBatches
{
    /// <summary>A batch is handed on once it holds this many bytes, whatever its line count.</summary>
    internal const int TargetBytes = 1 << 20;

    private const int ReadBytes = 256 * 1024;

    public static IEnumerable<JsonLineBatch> Read(Stream utf8, int maxLineBytes, int linesPerBatch)
    {
        // Reads of 256 KiB: fewer calls, and larger than a FileStream's buffer, which it then skips (one copy less).
        var splitter = new JsonLineSplitter(maxLineBytes, ReadBytes);
        var index = 0;
        var lastReadShort = false;
        JsonLineBatch? batch = null;
        try
        {
            while (true)
            {
                var step = splitter.Next(out var line, out var number);
                switch (step)
                {
                    case JsonLineSplitter.Step.NeedMoreData:
                        // A pipe or terminal that gave less than asked may not give more for a while: hand on what there is.
                        if (lastReadShort && batch is { Count: > 0 })
                        {
                            yield return Take(ref batch);
                        }

                        var free = splitter.GetFreeSpace();
                        var read = utf8.Read(free.Span);
                        lastReadShort = read < free.Length;
                        splitter.Advance(read);
                        continue;
                    case JsonLineSplitter.Step.TooLong:
                        (batch ??= New(maxLineBytes, linesPerBatch)).AddTooLong(number, index++);
                        break;
                    case JsonLineSplitter.Step.Line when JsonLineSplitter.IsBlank(line.Span):
                        continue;
                    case JsonLineSplitter.Step.Line:
                        (batch ??= New(maxLineBytes, linesPerBatch)).Add(line.Span, number, index++);
                        break;
                    default:
                        if (batch is { Count: > 0 })
                        {
                            yield return Take(ref batch);
                        }

                        yield break;
                }

                if (batch.Count >= linesPerBatch || batch.ByteCount >= TargetBytes)
                {
                    yield return Take(ref batch);
                }
            }
        }
        finally
        {
            batch?.Dispose();
        }
    }

    private static JsonLineBatch New(int maxLineBytes, int lines) => new(maxLineBytes, lines, Math.Min(TargetBytes, lines * 2048));

    private static JsonLineBatch Take(ref JsonLineBatch? batch)
    {
        var taken = batch!;
        batch = null;
        return taken;
    }
}
