using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check.Output;

/// <summary>The UTF-8 row encoder writes the bytes the former writer (Utf8JsonWriter into a MemoryStream, decoded, WriteLine) wrote.</summary>
public sealed class JsonLinesRowEncoderTests
{
    [Fact]
    public void Encode_SampleDecisions_AreTheFormerWritersBytes()
    {
        var evaluator = EligibilityEvaluator.CreateDefault();
        var encoder = new JsonLinesRowEncoder("\n"u8.ToArray());
        var buffer = new ArrayBufferWriter<byte>();
        var expected = new StringBuilder();
        var line = 0;
        foreach (var json in File.ReadLines(Path.Combine(Repo.Root, "samples", "data", "merchants.jsonl")).Take(120))
        {
            var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(json);
            var decision = evaluator.EvaluateAllianceAdmission(merchant, new EvaluationSettings { Culture = CultureInfo.GetCultureInfo(line % 2 == 0 ? "zh-CN" : "en") }).Decision!;
            var row = new DecisionRow(++line, merchant.Id + "/\"店\"", decision.Outcome.ToString(), decision);

            encoder.Encode(row, buffer);
            expected.Append(Former(row)).Append('\n');
        }

        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(expected.ToString());
    }

    [Fact]
    public void Write_TextWriter_WritesTheEncodedRowAndTheWritersLineBreak()
    {
        var evaluator = EligibilityEvaluator.CreateDefault();
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(File.ReadLines(Path.Combine(Repo.Root, "samples", "data", "merchants.jsonl")).First());
        var decision = evaluator.EvaluateAllianceAdmission(merchant).Decision!;
        var row = new DecisionRow(1, merchant.Id, "Eligible", decision);
        var output = new StringWriter { NewLine = "\r\n" };

        var writer = new JsonLinesDecisionWriter(output);
        writer.Write(row);
        writer.Write(row);

        output.ToString().Should().Be(Former(row) + "\r\n" + Former(row) + "\r\n");
    }

    // The writer as it was before rows were encoded straight to bytes.
    private static string Former(DecisionRow row)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("line", row.Line);
            json.WriteString("id", row.SubjectId);
            json.WriteString("asOf", row.Decision.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("outcome", row.Outcome);
            json.WriteStartArray("reasons");
            foreach (var reason in row.Decision.Reasons)
            {
                json.WriteStartObject();
                json.WriteString("code", ReasonText.Code(reason));
                Optional(json, "message", reason.Message);
                Optional(json, "observed", ReasonText.Observed(reason));
                Optional(json, "threshold", ReasonText.Threshold(reason));
                Optional(json, "gap", ReasonText.Gap(reason));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("missingFields");
            foreach (var field in row.MissingFields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteString("ruleSetHash", row.Decision.RuleSetHash);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
