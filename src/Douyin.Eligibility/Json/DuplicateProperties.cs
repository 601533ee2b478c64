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
    public static string Message(string name)
        => $"Duplicate property '{name}'; a property may appear only once in an object (otherwise the last one would silently win).";

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
