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
/// A row whose cells hold more than the limit of bytes is reported and skipped; one too long to hold at all (CsvHelper's
/// <see cref="CsvReaderOptions.MaxRecordSize"/>) ends the input with a last failure, since where it ends is not known.
/// </summary>
internal static class CsvSnapshotReader
{
    public static IEnumerable<SnapshotReadResult<T>> Read<T>(Stream stream, int maxRowBytes)
        where T : class, ISnapshot
    {
        var kinds = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => KindOf(p.PropertyType), StringComparer.OrdinalIgnoreCase);
        var options = new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture, MaxRecordSize = maxRowBytes };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        var index = 0;
        var header = Attempt(() => csv.Headers.ToArray(), index, maxRowBytes, out var failure) ?? [];
        while (failure is null && Attempt(() => csv.Read() ? header : null, index, maxRowBytes, out failure) is not null)
        {
            var line = csv.LineNumber;
            yield return RowBytes(csv) > maxRowBytes
                ? SnapshotReadResult<T>.Failure(TooLong(line, index, maxRowBytes, last: false), line)
                : Parse<T>(ToJson(header, csv, kinds), line, index);
            index++;
        }

        if (failure is not null)
        {
            yield return SnapshotReadResult<T>.Failure(failure, failure.Line);
        }
    }

    // CsvHelper throws when a row is too long to buffer (or is otherwise unreadable); after that nothing more can be read.
    private static TResult? Attempt<TResult>(Func<TResult?> read, int index, int max, out SnapshotReadError? failure)
        where TResult : class
    {
        failure = null;
        try
        {
            return read();
        }
        catch (CsvFormatException e)
        {
            failure = TooLong(Math.Max(1, e.LineNumber), index, max, last: true);
            return null;
        }
    }

    private static SnapshotReadResult<T> Parse<T>(string json, long line, int index)
        where T : class, ISnapshot
    {
        var result = SnapshotJson.Read<T>(json);
        return result.IsSuccess
            ? SnapshotReadResult<T>.Success(result.Value, line, index)
            : SnapshotReadResult<T>.Failure(result.Error with { Line = line, Index = index }, line);
    }

    // The row's cells as UTF-8 and the commas between them: its length in the file, give or take quotes.
    private static long RowBytes(CsvReader csv)
    {
        long bytes = Math.Max(0, csv.FieldCount - 1);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            bytes += Encoding.UTF8.GetByteCount(csv.GetString(i));
        }

        return bytes;
    }

    private static SnapshotReadError TooLong(long line, int index, int max, bool last)
        => new(line, index, string.Empty, ToolText.Text(last ? "Csv_RowTooLongLast" : "Csv_RowTooLong", max));

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
