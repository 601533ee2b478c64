using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>
/// Reads CSV whose header names snapshot fields (the JSON names, e.g. <c>storeScore</c>). Each row becomes a JSON
/// object and goes through <see cref="SnapshotJson"/>, so CSV is exactly as strict as JSON. An empty cell is unknown
/// (left out); a list or object column holds JSON (e.g. <c>penalties</c> = <c>[{"rule":"…","date":"2024-01-02"}]</c>).
/// </summary>
internal static class CsvSnapshotReader
{
    public static IEnumerable<SnapshotReadResult<T>> Read<T>(TextReader reader)
        where T : class, ISnapshot
    {
        var kinds = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => KindOf(p.PropertyType), StringComparer.OrdinalIgnoreCase);
        var options = new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        var header = csv.Headers.ToArray();
        var index = 0;
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var json = ToJson(header, csv, kinds);
            var result = SnapshotJson.Read<T>(json);
            yield return result.IsSuccess
                ? SnapshotReadResult<T>.Success(result.Value, line, index)
                : SnapshotReadResult<T>.Failure(result.Error with { Line = line, Index = index }, line);
            index++;
        }
    }

    private static string ToJson(IReadOnlyList<string> header, CsvReader csv, Dictionary<string, ValueKind> kinds)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            for (var i = 0; i < header.Count; i++)
            {
                var cell = i < csv.FieldCount ? csv.GetString(i) : string.Empty;
                if (string.IsNullOrEmpty(cell) || header[i].Length == 0)
                {
                    continue;
                }

                writer.WritePropertyName(header[i].Trim());
                var kind = kinds.TryGetValue(header[i].Trim(), out var k) ? k : ValueKind.String;
                if (kind == ValueKind.Raw && IsJsonValue(cell))
                {
                    writer.WriteRawValue(cell.Trim(), skipInputValidation: true);
                }
                else
                {
                    writer.WriteStringValue(cell);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static bool IsJsonValue(string cell)
    {
        try
        {
            using var _ = JsonDocument.Parse(cell);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ValueKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(DateOnly) || type.IsEnum ? ValueKind.String : ValueKind.Raw;
    }

    private enum ValueKind
    {
        String,
        Raw,
    }
}
