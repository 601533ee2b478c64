using System.Text.Encodings.Web;
using System.Text.Json;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// One JSON object per decision:
/// <c>{"line":1,"id":"…","asOf":"2024-07-25","outcome":"…","reasons":[{"code":"…","message":"…"}],"missingFields":[…],"ruleSetHash":"…"}</c>.
/// </summary>
internal sealed class JsonLinesDecisionWriter(TextWriter output) : IDecisionWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly MemoryStream _buffer = new();

    public void Write(DecisionRow row)
    {
        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("line", row.Line);
            json.WriteString("id", row.SubjectId);
            json.WriteString("asOf", row.Decision.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("outcome", row.Outcome);
            json.WriteStartArray("reasons");
            foreach (var reason in row.Decision.Reasons)
            {
                json.WriteStartObject();
                json.WriteString("code", ReasonText.Code(reason));
                WriteOptional(json, "message", reason.Message);
                WriteOptional(json, "observed", ReasonText.Observed(reason));
                WriteOptional(json, "threshold", ReasonText.Threshold(reason));
                WriteOptional(json, "gap", ReasonText.Gap(reason));
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

        output.WriteLine(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
    }

    public void Finish()
    {
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
