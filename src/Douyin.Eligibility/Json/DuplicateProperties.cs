using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Finds a property name that occurs twice in one JSON object (<c>{"storeScore":1,"storeScore":4.6}</c>). The
/// serializer keeps the last one silently, so the item would mean something its author may not have seen; the readers
/// report it like any other bad field. Names are compared as the serializer compares them: exactly, after unescaping.
/// </summary>
internal static class DuplicateProperties
{
    /// <summary>The message of the read error for the repeated property <paramref name="name"/>.</summary>
    public static string Message(string name) => Text(name).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The same message, read in the reader's culture.</summary>
    public static Rules.LocalizableText Text(string name) => Resources.Catalog.Text("Json_Duplicate", name);

    /// <summary>
    /// Finds the first repeated property of <paramref name="json"/>, which must already have been read successfully.
    /// </summary>
    /// <param name="json">The item's text.</param>
    /// <param name="path">The repeat's JSON path, such as <c>products[1].id</c>.</param>
    /// <param name="name">The repeated name.</param>
    /// <param name="line">0-based line of the repeat inside the item.</param>
    public static bool TryFind(string json, out string path, out string name, out long line)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return TryFind(buffer.AsSpan(0, length), out path, out name, out line);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc cref="TryFind(string, out string, out string, out long)"/>
    public static bool TryFind(ReadOnlySpan<byte> utf8, out string path, out string name, out long line)
    {
        path = name = "";
        line = 0;
        return MayRepeat(utf8) && TryFindSlowly(utf8, out path, out name, out line);
    }

    /// <summary>
    /// False when no object of <paramref name="utf8"/> repeats a name, found without making a string: names are
    /// compared as raw bytes, which is exact while no name is escaped. True when a name repeats, a name is escaped, or
    /// the item is too big or deep for this quick look; <see cref="TryFindSlowly"/> then decides (and finds the path).
    /// </summary>
    private static bool MayRepeat(ReadOnlySpan<byte> utf8)
    {
        const int MaxNames = 512, MaxDepth = 64;
        Span<int> hashes = stackalloc int[MaxNames];
        Span<int> starts = stackalloc int[MaxNames];
        Span<int> lengths = stackalloc int[MaxNames];
        Span<int> frames = stackalloc int[MaxDepth];
        var count = 0;
        var reader = new Utf8JsonReader(utf8);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject when reader.CurrentDepth < MaxDepth:
                        frames[reader.CurrentDepth] = count;
                        break;
                    case JsonTokenType.StartObject:
                        return true;
                    case JsonTokenType.EndObject:
                        count = frames[reader.CurrentDepth];
                        break;
                    case JsonTokenType.PropertyName:
                        if (reader.ValueIsEscaped || count == MaxNames)
                        {
                            return true;
                        }

                        var raw = reader.ValueSpan;
                        var hash = raw.Length;
                        foreach (var b in raw)
                        {
                            hash = (hash * 31) + b;
                        }

                        var start = (int)reader.TokenStartIndex + 1;
                        for (var i = frames[reader.CurrentDepth - 1]; i < count; i++)
                        {
                            if (hashes[i] == hash && utf8.Slice(starts[i], lengths[i]).SequenceEqual(raw))
                            {
                                return true;
                            }
                        }

                        hashes[count] = hash;
                        starts[count] = start;
                        lengths[count] = raw.Length;
                        count++;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return true;
        }

        return false;
    }

    private static bool TryFindSlowly(ReadOnlySpan<byte> utf8, out string path, out string name, out long line)
    {
        path = name = "";
        line = 0;

        // Frame d is the object or array whose start token is at depth d: its names (reused by every object met at
        // that depth) and its path segment (the current property name, or the current element index).
        var names = new List<HashSet<string>>();
        var segments = new List<object?>();
        var reader = new Utf8JsonReader(utf8);
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var property = reader.GetString()!;
                        segments[depth - 1] = property;
                        if (!names[depth - 1].Add(property))
                        {
                            path = Path(segments, depth - 1);
                            name = property;
                            line = utf8[..(int)reader.TokenStartIndex].Count((byte)'\n');
                            return true;
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        break;
                    default:
                        // A value: inside an array it is the next element.
                        if (depth > 0 && segments[depth - 1] is int index)
                        {
                            segments[depth - 1] = index + 1;
                        }

                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            Frame(names, segments, depth, segment: null).Clear();
                        }
                        else if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            Frame(names, segments, depth, segment: -1);
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not expected (the item was read), and not this check's to report.
        }

        return false;
    }

    private static HashSet<string> Frame(List<HashSet<string>> names, List<object?> segments, int depth, object? segment)
    {
        while (names.Count <= depth)
        {
            names.Add(new HashSet<string>(StringComparer.Ordinal));
            segments.Add(null);
        }

        segments[depth] = segment;
        return names[depth];
    }

    private static string Path(List<object?> segments, int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i <= depth; i++)
        {
            switch (segments[i])
            {
                case string property:
                    builder.Append(builder.Length == 0 ? "" : ".").Append(property);
                    break;
                case int index:
                    builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
            }
        }

        return builder.ToString();
    }
}
