using System.Text;
using System.Text.Json;

namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>
/// Where each value of a test file starts, by JSON Pointer (<c>/cases/3/set/storeScore</c>: the property name of an object
/// member, the value of an array element), so that a problem is reported as <c>file(line,col)</c>.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, int> _offsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;

    private JsonPositions(byte[] utf8) => _utf8 = utf8;

    /// <summary>The first property named twice in one object, as a pointer, or null.</summary>
    public string? Duplicate { get; private set; }

    /// <summary>Scans <paramref name="utf8"/> (already known to parse) and records the start of every member and element.</summary>
    public static JsonPositions Scan(byte[] utf8, JsonReaderOptions options)
    {
        var positions = new JsonPositions(utf8);
        var reader = new Utf8JsonReader(utf8, options);
        var containers = new Stack<(string Pointer, bool IsArray, int Next)>();
        string? property = null;
        positions._offsets[string.Empty] = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = containers.Peek().Pointer + "/" + Escape(reader.GetString()!);
                    if (!positions._offsets.TryAdd(property, start) && positions.Duplicate is null)
                    {
                        // Reported where the second one is.
                        positions.Duplicate = property;
                        positions._offsets[property] = start;
                    }

                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    containers.Pop();
                    continue;
            }

            var pointer = ValuePointer(containers, ref property, start, positions);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((pointer, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }

        return positions;
    }

    /// <summary>A pointer to a member or element of <paramref name="pointer"/>.</summary>
    public static string Child(string pointer, string name) => pointer + "/" + Escape(name);

    /// <summary>A pointer to element <paramref name="index"/> of <paramref name="pointer"/>.</summary>
    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"(line,col)" of <paramref name="pointer"/>, or of its nearest recorded parent.</summary>
    public string Locate(string pointer)
    {
        int offset;
        while (!_offsets.TryGetValue(pointer, out offset))
        {
            pointer = pointer[..Math.Max(0, pointer.LastIndexOf('/'))];
        }

        var lineStart = Array.LastIndexOf(_utf8, (byte)'\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        var line = 1 + _utf8.AsSpan(0, lineStart).Count((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(_utf8, lineStart, offset - lineStart);
        return $"({line},{column})";
    }

    private static string ValuePointer(Stack<(string Pointer, bool IsArray, int Next)> containers, ref string? property, int start, JsonPositions positions)
    {
        if (containers.Count == 0)
        {
            return string.Empty;
        }

        var (parent, isArray, next) = containers.Peek();
        if (!isArray)
        {
            var pointer = property!;
            property = null;
            return pointer;
        }

        containers.Pop();
        containers.Push((parent, true, next + 1));
        var element = Child(parent, next);
        positions._offsets[element] = start;
        return element;
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
