using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
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
        return ReadJsonLinesCore(new TextReaderUtf8Stream(reader), options, SnapshotJsonOptions.TypeInfo<T>());
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
        return ReadJsonLinesFromStream(utf8JsonLines, options ?? SnapshotReadOptions.Default, SnapshotJsonOptions.TypeInfo<T>());
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
        return ReadJsonLinesCoreAsync(new TextReaderUtf8Stream(reader), options, SnapshotJsonOptions.TypeInfo<T>(), cancellationToken);
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
        return ReadJsonLinesFromStreamAsync(utf8JsonLines, options, SnapshotJsonOptions.TypeInfo<T>(), cancellationToken);
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
        return ReadJsonArrayCore(utf8Json, options, SnapshotJsonOptions.TypeInfo<T>());
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
        return ReadJsonArrayCoreAsync(utf8Json, options, SnapshotJsonOptions.TypeInfo<T>(), cancellationToken);
    }

    private static IEnumerable<SnapshotReadResult<T>> ReadJsonLinesFromStream<T>(Stream stream, SnapshotReadOptions options, JsonTypeInfo<T> typeInfo)
        where T : class
        => ReadJsonLinesCore(Utf8Input.Open(stream), options, typeInfo);

    private static IEnumerable<SnapshotReadResult<T>> ReadJsonLinesCore<T>(Stream utf8, SnapshotReadOptions options, JsonTypeInfo<T> typeInfo)
        where T : class
        => Pump(new JsonLineItems<T>(options.MaxItemBytes, typeInfo), utf8);

    private static async IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesFromStreamAsync<T>(
        Stream stream, SnapshotReadOptions options, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var utf8 = await Utf8Input.OpenAsync(stream, cancellationToken).ConfigureAwait(false);
        await foreach (var result in ReadJsonLinesCoreAsync(utf8, options, typeInfo, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private static IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonLinesCoreAsync<T>(Stream utf8, SnapshotReadOptions options, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
        => PumpAsync(new JsonLineItems<T>(options.MaxItemBytes, typeInfo), utf8, cancellationToken);

    private static IEnumerable<SnapshotReadResult<T>> ReadJsonArrayCore<T>(Stream stream, SnapshotReadOptions options, JsonTypeInfo<T> typeInfo)
        where T : class
        => Pump(new JsonArrayItems<T>(options.MaxItemBytes, typeInfo), Utf8Input.Open(stream));

    private static async IAsyncEnumerable<SnapshotReadResult<T>> ReadJsonArrayCoreAsync<T>(
        Stream stream, SnapshotReadOptions options, JsonTypeInfo<T> typeInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var utf8 = await Utf8Input.OpenAsync(stream, cancellationToken).ConfigureAwait(false);
        await foreach (var result in PumpAsync(new JsonArrayItems<T>(options.MaxItemBytes, typeInfo), utf8, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    // The synchronous and asynchronous readers differ only in how they wait for the next chunk.
    private static IEnumerable<SnapshotReadResult<T>> Pump<T>(IStreamItems<T> items, Stream stream)
        where T : class
    {
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

    private static async IAsyncEnumerable<SnapshotReadResult<T>> PumpAsync<T>(IStreamItems<T> items, Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
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
}
