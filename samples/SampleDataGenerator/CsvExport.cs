using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Douyin.Eligibility.Json;

namespace SampleDataGenerator;

/// <summary>
/// Snapshots as CSV in the form the command-line tool reads: the header names the JSON fields (camelCase), an empty
/// cell is unknown, and list columns (<c>penalties</c>, <c>controllerStores</c>, <c>products</c>) hold JSON. Each
/// row is the same snapshot as its JSON Lines record. RFC 4180 quoting, LF line ends, UTF-8 without BOM.
/// </summary>
internal static class CsvExport
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(string path, IEnumerable<T> snapshots)
        where T : class, Douyin.Eligibility.Snapshots.ISnapshot
    {
        var columns = SnapshotJson.Options.GetTypeInfo(typeof(T)).Properties.Where(p => p.Set is not null).Select(p => p.Name).ToList();
        var text = new StringBuilder().AppendJoin(',', columns.Select(Quote)).Append('\n');
        foreach (var snapshot in snapshots)
        {
            using var document = JsonDocument.Parse(SnapshotJson.Serialize(snapshot));
            var cells = columns.Select(column => document.RootElement.TryGetProperty(column, out var value) ? Cell(value) : string.Empty);
            text.AppendJoin(',', cells.Select(Quote)).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array or JsonValueKind.Object => JsonSerializer.Serialize(value, Relaxed),
        _ => value.GetRawText(),
    };

    private static string Quote(string cell)
        => cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
