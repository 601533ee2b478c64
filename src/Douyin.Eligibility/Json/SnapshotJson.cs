using System.Text.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Reads and writes snapshots as JSON (see docs/snapshots.md): one document, JSON Lines, or a JSON array. The
/// streaming readers hold one item at a time and return a <see cref="SnapshotReadResult{T}"/> per item, so one bad
/// item is reported with its line and field and the rest are still read. Reading checks shape only (types, unknown
/// properties); run <see cref="Validation.SnapshotValidator"/> on the values for the value rules.
/// </summary>
/// <remarks>
/// The built-in snapshots (<see cref="MerchantSnapshot"/>, <see cref="BrandProviderSnapshot"/>,
/// <see cref="StoreOperationProviderSnapshot"/>) use source-generated metadata; a host's own <see cref="ISnapshot"/> type
/// (a family of its own, docs/families.md) is read by reflection with the same naming and strictness.
/// </remarks>
public static partial class SnapshotJson
{
    /// <summary>
    /// The (read-only) serializer options every method here uses: camelCase, enums as strings, <see cref="DateOnly"/> as
    /// <c>yyyy-MM-dd</c>, nulls left out, unknown and derived (get-only) properties rejected. Use them to list a
    /// snapshot's JSON fields or to write snapshots the same way.
    /// </summary>
    public static JsonSerializerOptions Options => SnapshotJsonOptions.Compact;

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
    /// <exception cref="JsonException">The JSON is malformed, has an unknown or repeated property or a value of the wrong type, or is <c>null</c>; <see cref="JsonException.Path"/> names the field.</exception>
    public static T Deserialize<T>(string json)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(json);
        var value = JsonSerializer.Deserialize(json, SnapshotJsonOptions.TypeInfo<T>()) ?? throw NullDocument();
        return DuplicateProperties.TryFind(json, out var path, out var name, out var line) ? throw Duplicate(path, name, line) : value;
    }

    /// <summary>Reads one snapshot from a JSON document without throwing.</summary>
    public static SnapshotReadResult<T> Read<T>(string json)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(json);
        // The quick reader first, before the serializer's metadata is asked for: a process that reads one merchant
        // (explain) then never builds that metadata, some 470 methods to JIT-compile (docs/performance.md, cold start).
        return SnapshotItemParser.TryQuick<T>(json, out var quick) ? quick : SnapshotItemParser.Parse(json, 1, 0, SnapshotJsonOptions.TypeInfo<T>());
    }

    /// <summary>
    /// Reads one snapshot from a JSON document in a stream without throwing, holding at most
    /// <see cref="SnapshotReadOptions.MaxItemBytes"/> bytes: a longer document is a failed result. The stream is
    /// UTF-8 (a UTF-16 or UTF-32 stream that starts with its byte-order mark is transcoded) and is left open.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">The limits; null for <see cref="SnapshotReadOptions.Default"/>.</param>
    public static SnapshotReadResult<T> Read<T>(Stream utf8Json, SnapshotReadOptions? options = null)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var max = (options ?? SnapshotReadOptions.Default).MaxItemBytes;
        var typeInfo = SnapshotJsonOptions.TypeInfo<T>();
        var stream = Utf8Input.Open(utf8Json);
        var buffer = new byte[Math.Min(16 * 1024, max + 1)];
        var length = 0;
        while (stream.Read(buffer, length, buffer.Length - length) is var read and > 0)
        {
            length += read;
            if (length > max)
            {
                return SnapshotReadResult<T>.Failure(ItemTooLong.Document(max), 1);
            }

            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, max + 1L));
            }
        }

        return SnapshotItemParser.Parse(buffer.AsSpan(0, length), 1, 0, typeInfo);
    }

    /// <summary>Reads one snapshot from a UTF-8 JSON stream (read to its end, into memory).</summary>
    /// <exception cref="JsonException">As for <see cref="Deserialize{T}(string)"/>.</exception>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // Read whole, so the document can be checked for repeated properties after the serializer has read it.
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return FromUtf8<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
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

    private static T FromUtf8<T>(ReadOnlySpan<byte> utf8)
        where T : class, ISnapshot
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8.StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }

        var value = JsonSerializer.Deserialize(utf8, SnapshotJsonOptions.TypeInfo<T>()) ?? throw NullDocument();
        return DuplicateProperties.TryFind(utf8, out var path, out var name, out var line) ? throw Duplicate(path, name, line) : value;
    }

    private static JsonException NullDocument() => new("The JSON is null; expected an object.", "$", 0, 0);

    private static JsonException Duplicate(string path, string name, long line) => new(DuplicateProperties.Message(name), "$." + path, line, null);
}
