using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>The streaming readers: JSON Lines and top-level JSON arrays, one item at a time in bounded memory.</summary>
public static partial class SnapshotJson
{
    /// <summary>
    /// Reads JSON Lines (one snapshot per line; blank lines are skipped but counted), lazily, a chunk of the text at a
    /// time. Lines end with <c>\n</c>, <c>\r\n</c> or <c>\r</c>. A line longer than
    /// <see cref="SnapshotReadOptions.MaxItemBytes"/> of the default options (16 MiB as UTF-8) is a failed result and is skipped.
    /// </summary>
    public static IEnumerable<SnapshotReadResult<T>> ReadJsonLines<T>(TextReader reader)
        where T : class, ISnapshot
        => ReadJsonLines<T>(reader, SnapshotReadOptions.Default);

    /// <summary>Reads JSON Lines with the given limits; see <see cref="ReadJsonLines{T}(TextReader)"/>.</summary>
    /// <param name="reader">The text, read lazily; left open.</param>
    /// <param name="options">The limits: a line longer than <see cref="SnapshotReadOptions.MaxItemBytes"/> (as UTF-8) is a failed result and is skipped.</param>
    public static IEnumerable<SnapshotReadResult<T>> ReadJsonLines<T>(TextReader reader, SnapshotReadOptions options)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        return ItemPump.Read(new JsonLineItems<T>(options.MaxItemBytes, SnapshotJsonOptions.TypeInfo<T>()), new TextReaderUtf8Stream(reader));
    }

    /// <summary>
    /// Reads JSON Lines from a stream, lazily; see <see cref="ReadJsonLines{T}(TextReader)"/>. The stream is UTF-8 (a
    /// UTF-16 or UTF-32 stream that starts with its byte-order mark is transcoded) and is left open.
    /// </summary>
    /// <param name="utf8JsonLines">The input.</param>
    /// <param name="options">The limits; null for <see cref="SnapshotReadOptions.Default"/>.</param>
    public static IEnumerable<SnapshotReadResult<T>> ReadJsonLines<T>(Stream utf8JsonLines, SnapshotReadOptions? options = null)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        var typeInfo = SnapshotJsonOptions.TypeInfo<T>();
        return ItemPump.Read(new JsonLineItems<T>((options ?? SnapshotReadOptions.Default).MaxItemBytes, typeInfo), Utf8Input.Open(utf8JsonLines));
    }

    /// <summary>
    /// Reads JSON Lines from a stream as batches of unparsed lines, lazily, for callers that parse (and process) on
    /// several threads: parse each batch's items with <see cref="JsonLineBatch.Parse{T}"/> on any thread, in any order,
    /// and dispose each batch when done. Lines, numbering and errors are those of
    /// <see cref="ReadJsonLines{T}(Stream, SnapshotReadOptions?)"/>; a batch holds at most <paramref name="linesPerBatch"/>
    /// items and is handed on early once it holds about 1 MiB, or when a pipe has no more input for the moment. The
    /// stream is UTF-8 (a UTF-16 or UTF-32 stream that starts with its byte-order mark is transcoded) and is left open.
    /// </summary>
    /// <param name="utf8JsonLines">The input.</param>
    /// <param name="options">The limits; null for <see cref="SnapshotReadOptions.Default"/>.</param>
    /// <param name="linesPerBatch">The most items per batch (at least 1).</param>
    public static IEnumerable<JsonLineBatch> ReadJsonLineBatches(Stream utf8JsonLines, SnapshotReadOptions? options = null, int linesPerBatch = 256)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentOutOfRangeException.ThrowIfLessThan(linesPerBatch, 1);
        return JsonLineBatches.Read(Utf8Input.Open(utf8JsonLines), (options ?? SnapshotReadOptions.Default).MaxItemBytes, linesPerBatch);
    }

    /// <summary>Reads JSON Lines asynchronously; see <see cref="ReadJsonLines{T}(TextReader)"/>.</summary>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesAsync<T>(TextReader reader, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
        => ReadJsonLinesAsync<T>(reader, SnapshotReadOptions.Default, cancellationToken);

    /// <summary>Reads JSON Lines asynchronously with the given limits; see <see cref="ReadJsonLines{T}(TextReader, SnapshotReadOptions)"/>.</summary>
    /// <param name="reader">The text, read lazily; left open.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesAsync<T>(TextReader reader, SnapshotReadOptions options, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        return ItemPump.ReadAsync(new JsonLineItems<T>(options.MaxItemBytes, SnapshotJsonOptions.TypeInfo<T>()), new TextReaderUtf8Stream(reader), cancellationToken);
    }

    /// <summary>Reads UTF-8 JSON Lines from a stream asynchronously; see <see cref="ReadJsonLines{T}(Stream, SnapshotReadOptions?)"/>.</summary>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesAsync<T>(Stream utf8JsonLines, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
        => ReadJsonLinesAsync<T>(utf8JsonLines, SnapshotReadOptions.Default, cancellationToken);

    /// <summary>Reads UTF-8 JSON Lines from a stream asynchronously with the given limits; the stream is left open.</summary>
    /// <param name="utf8JsonLines">The input.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesAsync<T>(Stream utf8JsonLines, SnapshotReadOptions options, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(options);
        var typeInfo = SnapshotJsonOptions.TypeInfo<T>();
        return ItemPump.OpenAndReadAsync(utf8JsonLines, () => new JsonLineItems<T>(options.MaxItemBytes, typeInfo), cancellationToken);
    }

    /// <summary>
    /// Reads a top-level JSON array of snapshots from a stream, one element at a time. A bad element (including one
    /// nested too deep, or longer than <see cref="SnapshotReadOptions.MaxItemBytes"/>: 16 MiB by default) gives a
    /// failed result and reading goes on; broken array syntax gives a final failed result (with index -1) and stops.
    /// The stream is UTF-8 (a UTF-16 or UTF-32 stream that starts with its byte-order mark is transcoded) and is left open.
    /// </summary>
    public static IEnumerable<SnapshotReadResult<T>> ReadJsonArray<T>(Stream utf8Json)
        where T : class, ISnapshot
        => ReadJsonArray<T>(utf8Json, SnapshotReadOptions.Default);

    /// <summary>Reads a top-level JSON array with the given limits; see <see cref="ReadJsonArray{T}(Stream)"/>.</summary>
    /// <param name="utf8Json">The input.</param>
    /// <param name="options">The limits: an element longer than <see cref="SnapshotReadOptions.MaxItemBytes"/> is a failed result and is skipped.</param>
    public static IEnumerable<SnapshotReadResult<T>> ReadJsonArray<T>(Stream utf8Json, SnapshotReadOptions options)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        return ItemPump.Read(new JsonArrayItems<T>(options.MaxItemBytes, SnapshotJsonOptions.TypeInfo<T>()), Utf8Input.Open(utf8Json));
    }

    /// <summary>Reads a top-level JSON array asynchronously; see <see cref="ReadJsonArray{T}(Stream)"/>.</summary>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonArrayAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
        => ReadJsonArrayAsync<T>(utf8Json, SnapshotReadOptions.Default, cancellationToken);

    /// <summary>Reads a top-level JSON array asynchronously with the given limits; see <see cref="ReadJsonArray{T}(Stream, SnapshotReadOptions)"/>.</summary>
    /// <param name="utf8Json">The input.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonArrayAsync<T>(Stream utf8Json, SnapshotReadOptions options, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        var typeInfo = SnapshotJsonOptions.TypeInfo<T>();
        return ItemPump.OpenAndReadAsync(utf8Json, () => new JsonArrayItems<T>(options.MaxItemBytes, typeInfo), cancellationToken);
    }
}
