using System.Text;
using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Samples;

/// <summary>
/// samples/data/merchants.csv is the first rows of merchants.jsonl in the CSV form the command-line tool reads: header =
/// JSON field names, empty cell = unknown, string/date/enum columns as text, everything else (numbers, booleans, lists)
/// as JSON.
/// </summary>
public class SampleCsvTests
{
    private static readonly HashSet<string> TextColumns = typeof(MerchantSnapshot).GetProperties()
        .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) is var t && (t == typeof(string) || t == typeof(DateOnly) || t.IsEnum))
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
        .ToHashSet();

    [Fact]
    public void Read_EveryCsvRow_IsTheSameSnapshotAsItsJsonLine()
    {
        var rows = ParseCsv(Repo.ReadText("samples", "data", "merchants.csv"));
        var lines = SampleDataTests.ReadAll<MerchantSnapshot>("merchants.jsonl");
        var header = rows[0];

        header.Should().Contain(["id", "asOf", "storeScore", "penalties", "products"]);
        rows.Count.Should().BeGreaterThan(40);
        foreach (var (row, i) in rows.Skip(1).Select((r, i) => (r, i)))
        {
            var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(ToJson(header, row));
            SnapshotJson.Serialize(merchant).Should().Be(SnapshotJson.Serialize(lines[i]), $"CSV row {i + 2} matches line {i + 1} of merchants.jsonl");
        }
    }

    private string ToJson(IReadOnlyList<string> header, IReadOnlyList<string> row)
    {
        var json = new StringBuilder("{");
        for (var c = 0; c < header.Count; c++)
        {
            if (row[c].Length == 0)
            {
                continue;
            }

            json.Append(json.Length > 1 ? "," : string.Empty).Append(JsonSerializer.Serialize(header[c])).Append(':')
                .Append(TextColumns.Contains(header[c]) ? JsonSerializer.Serialize(row[c]) : row[c]);
        }

        return json.Append('}').ToString();
    }

    /// <summary>RFC 4180: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else if (ch != '\r')
            {
                cell.Append(ch);
            }
        }

        return rows;
    }
}
