using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Reads and writes snapshots as JSON (see docs/snapshots.md): one document, JSON Lines, or a JSON array. The
/// streaming readers hold one item at a time and return a <see cref="SnapshotReadResult{T}"/> per item, so one bad
/// item is reported with its line and field and the rest are still read. Reading checks shape only (types, unknown
/// properties); run <see cref="Validation.SnapshotValidator"/> on the values for the value rules.
/// </summary>
/// <remarks>
/// Supported types: <see cref="MerchantSnapshot"/>, <see cref="BrandProviderSnapshot"/> and
/// <see cref="StoreOperationProviderSnapshot"/>; any other <see cref="ISnapshot"/> throws <see cref="NotSupportedException"/>.
/// </remarks>
public static class SnapshotJson
{
    /// <summary>Writes <paramref name="snapshot"/> as JSON (unknown values are left out).</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="indented">Indent for people; the default is one line, as JSON Lines needs.</param>
    public static string Serialize<T>(T snapshot, bool indented = false)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return JsonSerializer.Serialize(snapshot, SnapshotJsonOptions.TypeInfo<T>(indented));
    }

    /// <summary>Reads one snapshot from a JSON document.</summary>
    /// <exception cref="JsonException">The JSON is malformed, has an unknown property or a value of the wrong type, or is <c>null</c>; <see cref="JsonException.Path"/> names the field.</exception>
    public static T Deserialize<T>(string json)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, SnapshotJsonOptions.TypeInfo<T>()) ?? throw new JsonException("The JSON is null; expected an object.", "$", 0, 0);
    }

    /// <summary>Reads one snapshot from a JSON document without throwing.</summary>
    public static SnapshotReadResult<T> Read<T>(string json)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(json);
        return SnapshotItemParser.Parse(json, 1, 0, SnapshotJsonOptions.TypeInfo<T>());
    }

    /// <summary>Reads one snapshot from a UTF-8 JSON stream.</summary>
    /// <exception cref="JsonException">As for <see cref="Deserialize{T}(string)"/>.</exception>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return await JsonSerializer.DeserializeAsync(utf8Json, SnapshotJsonOptions.TypeInfo<T>(), cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The JSON is null; expected an object.", "$", 0, 0);
    }

    /// <summary>
    /// Reads JSON Lines (one snapshot per line; blank lines are skipped but counted), lazily, one line at a time.
    /// </summary>
    public static IEnumerable<SnapshotReadResult<T>> ReadJsonLines<T>(TextReader reader)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadJsonLinesCore(reader, SnapshotJsonOptions.TypeInfo<T>());
    }

    /// <summary>Reads JSON Lines asynchronously; see <see cref="ReadJsonLines{T}(TextReader)"/>.</summary>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesAsync<T>(TextReader reader, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadJsonLinesCoreAsync(reader, SnapshotJsonOptions.TypeInfo<T>(), cancellationToken);
    }

    /// <summary>Reads UTF-8 JSON Lines from a stream asynchronously; the stream is left open.</summary>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesAsync<T>(Stream utf8JsonLines, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        return ReadJsonLinesFromStreamAsync(utf8JsonLines, SnapshotJsonOptions.TypeInfo<T>(), cancellationToken);
    }

    /// <summary>
    /// Reads a top-level JSON array of snapshots from a UTF-8 stream, one element at a time. A bad element gives a
    /// failed result and reading goes on; broken array syntax gives a final failed result (with index -1) and stops.
    /// </summary>
    public static IEnumerable<SnapshotReadResult<T>> ReadJsonArray<T>(Stream utf8Json)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadJsonArrayCore(utf8Json, SnapshotJsonOptions.TypeInfo<T>());
    }

    /// <summary>Reads a top-level JSON array asynchronously; see <see cref="ReadJsonArray{T}(Stream)"/>.</summary>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonArrayAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadJsonArrayCoreAsync(utf8Json, SnapshotJsonOptions.TypeInfo<T>(), cancellationToken);
    }

    /// <summary>Writes snapshots as JSON Lines, one compact document and a <c>\n</c> per snapshot.</summary>
    public static void WriteJsonLines<T>(TextWriter writer, IEnumerable<T> snapshots)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(snapshots);
        foreach (var snapshot in snapshots)
        {
            writer.Write(Serialize(snapshot));
            writer.Write('\n');
        }
    }

    private static IEnumerable<SnapshotReadResult<T>> ReadJsonLinesCore<T>(TextReader reader, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var lines = new LineItems<T>(typeInfo);
        while (reader.ReadLine() is { } text)
        {
            if (lines.Next(text) is { } result)
            {
                yield return result;
            }
        }
    }

    private static async IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesCoreAsync<T>(
        TextReader reader, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var lines = new LineItems<T>(typeInfo);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            if (lines.Next(text) is { } result)
            {
                yield return result;
            }
        }
    }

    private static async IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesFromStreamAsync<T>(
        Stream stream, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        await foreach (var result in ReadJsonLinesCoreAsync(reader, typeInfo, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private static IEnumerable<SnapshotReadResult<T>> ReadJsonArrayCore<T>(Stream stream, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var items = new ArrayItems<T>(typeInfo);
        while (!items.IsDone)
        {
            if (items.Next() is { } result)
            {
                yield return result;
            }
            else if (!items.IsDone)
            {
                items.Advance(stream.Read(items.FreeSpace.Span));
            }
        }
    }

    private static async IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonArrayCoreAsync<T>(
        Stream stream, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var items = new ArrayItems<T>(typeInfo);
        while (!items.IsDone)
        {
            if (items.Next() is { } result)
            {
                yield return result;
            }
            else if (!items.IsDone)
            {
                items.Advance(await stream.ReadAsync(items.FreeSpace, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    /// <summary>
    /// JSON Lines numbering, shared by the synchronous and asynchronous readers (they differ only in how they wait for
    /// a line): every line counts, blank ones are skipped, the others are items.
    /// </summary>
    private sealed class LineItems<T>(JsonTypeInfo<T> typeInfo)
        where T : class
    {
        private long _line;
        private int _index;

        /// <summary>The item on the next line; null when that line is blank.</summary>
        public SnapshotReadResult<T>? Next(string text)
        {
            _line++;
            return string.IsNullOrWhiteSpace(text) ? null : SnapshotItemParser.Parse(text, _line, _index++, typeInfo);
        }
    }

    /// <summary>
    /// A JSON array's elements as results, shared by the synchronous and asynchronous readers (they differ only in how
    /// they wait for the next chunk): broken array syntax gives one last failed result and ends the array.
    /// </summary>
    private sealed class ArrayItems<T>(JsonTypeInfo<T> typeInfo)
        where T : class
    {
        private readonly JsonArraySplitter _splitter = new();
        private int _index;

        /// <summary>True once the array has ended or failed; nothing more is read.</summary>
        public bool IsDone { get; private set; }

        /// <summary>Where to read the next chunk to; pass the count read to <see cref="Advance"/>.</summary>
        public Memory<byte> FreeSpace => _splitter.GetFreeSpace();

        public void Advance(int count) => _splitter.Advance(count);

        /// <summary>The next element or failure; null when more data is needed or, with <see cref="IsDone"/>, the array has ended.</summary>
        public SnapshotReadResult<T>? Next()
        {
            switch (_splitter.Next(out var item, out var line, out var failure))
            {
                case JsonArraySplitter.Step.NeedMoreData:
                    return null;
                case JsonArraySplitter.Step.Item:
                    return SnapshotItemParser.Parse(item.Span, line, _index++, typeInfo);
                case JsonArraySplitter.Step.Failure:
                    IsDone = true;
                    return SnapshotReadResult<T>.Failure(failure!, failure!.Line);
                default:
                    IsDone = true;
                    return null;
            }
        }
    }
}
