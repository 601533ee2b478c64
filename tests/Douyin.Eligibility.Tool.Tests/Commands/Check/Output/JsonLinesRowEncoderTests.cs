using System.Buffers;
using System.Text;
using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Output;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check.Output;

/// <summary>A JSON Lines row is <c>"line"</c> followed by the library's decision shape (<see cref="DecisionJson"/>), one per line.</summary>
public sealed class JsonLinesRowEncoderTests
{
    [Fact]
    public void Encode_SampleDecisions_AreLineThenTheLibrarysShape()
    {
        var evaluator = EligibilityEvaluator.CreateDefault();
        var encoder = new JsonLinesRowEncoder("\n"u8.ToArray());
        var buffer = new ArrayBufferWriter<byte>();
        var line = 0;
        var rows = new List<DecisionRow>();
        foreach (var json in File.ReadLines(Path.Combine(Repo.Root, "samples", "data", "merchants.jsonl")).Take(60))
        {
            var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(json);
            var decision = evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English with { Explain = true }).Decision!;
            var row = new DecisionRow(++line, merchant.Id + "/\"店\"", "Shown", decision);
            rows.Add(row);
            encoder.Encode(row, buffer);
        }

        var lines = Encoding.UTF8.GetString(buffer.WrittenSpan).Split('\n');
        lines.Should().HaveCount(rows.Count + 1);
        lines[^1].Should().BeEmpty();
        for (var i = 0; i < rows.Count; i++)
        {
            var json = JsonDocument.Parse(lines[i]).RootElement;
            json.EnumerateObject().First().Name.Should().Be("line");
            json.GetProperty("line").GetInt64().Should().Be(rows[i].Line);
            json.GetProperty("id").GetString().Should().Be(rows[i].SubjectId);
            json.GetProperty("outcome").GetString().Should().Be("Shown");
            json.GetProperty("missingFields").EnumerateArray().Select(e => e.GetString()).Should().Equal(rows[i].Decision.MissingFields);
            json.GetProperty("reasons").GetArrayLength().Should().Be(rows[i].Decision.Reasons.Count);
        }
    }

    [Theory]
    [InlineData("merchants.jsonl", "zh-CN")]
    [InlineData("merchants-2026-11-22.jsonl", "en")]
    public void Encode_SampleDecisions_AreTheBytesUtf8JsonWriterWrites(string file, string culture)
    {
        // The encoder writes UTF-8 itself; what Utf8JsonWriter with the library's options writes is the reference,
        // explained or not, with ids to escape and big line numbers.
        var evaluator = EligibilityEvaluator.CreateDefault();
        var encoder = new JsonLinesRowEncoder("\r\n"u8.ToArray());
        var line = 9_999_990L;
        foreach (var json in File.ReadLines(Path.Combine(Repo.Root, "samples", "data", file)))
        {
            var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(json);
            foreach (var explain in new[] { true, false })
            {
                var settings = new EvaluationSettings { Culture = System.Globalization.CultureInfo.GetCultureInfo(culture), Explain = explain };
                var decision = evaluator.EvaluateAllianceAdmission(merchant, settings).Decision!;
                var row = new DecisionRow(++line, line % 3 == 0 ? merchant.Id + "/\"店\"\t\u2028😀" : merchant.Id, decision.OutcomeName, decision);
                var encoded = new ArrayBufferWriter<byte>();
                encoder.Encode(row, encoded);

                Encoding.UTF8.GetString(encoded.WrittenSpan).Should().Be(Reference(row) + "\r\n");
            }
        }
    }

    [Fact]
    public void Encode_MissingField_NamesItByItsJsonName()
    {
        var evaluator = EligibilityEvaluator.CreateDefault();
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(File.ReadLines(Path.Combine(Repo.Root, "samples", "data", "merchants.jsonl")).First()) with { StoreScore = null };
        var decision = evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English with { Explain = true }).Decision!;
        var buffer = new ArrayBufferWriter<byte>();

        new JsonLinesRowEncoder("\n"u8.ToArray()).Encode(new DecisionRow(1, merchant.Id, "Indeterminate", decision), buffer);

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        text.Should().Contain("\"storeScore\"").And.NotContain("merchant.StoreScore\"]");
    }

    [Fact]
    public void Write_TextWriter_WritesTheEncodedRowAndTheWritersLineBreak()
    {
        var evaluator = EligibilityEvaluator.CreateDefault();
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(File.ReadLines(Path.Combine(Repo.Root, "samples", "data", "merchants.jsonl")).First());
        var decision = evaluator.EvaluateAllianceAdmission(merchant).Decision!;
        var row = new DecisionRow(1, merchant.Id, "Eligible", decision);
        var output = new StringWriter { NewLine = "\r\n" };
        var buffer = new ArrayBufferWriter<byte>();
        new JsonLinesRowEncoder([]).Encode(row, buffer);
        var encoded = Encoding.UTF8.GetString(buffer.WrittenSpan);

        var writer = new JsonLinesDecisionWriter(output);
        writer.Write(row);
        writer.Write(row);

        output.ToString().Should().Be(encoded + "\r\n" + encoded + "\r\n");
    }

    private static string Reference(DecisionRow row)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, DecisionJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", row.Line);
            DecisionJson.WriteProperties(writer, row.Decision, row.Outcome, row.SubjectId);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
