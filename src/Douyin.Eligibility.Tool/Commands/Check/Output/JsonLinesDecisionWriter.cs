using System.Text.Encodings.Web;
using System.Text.Json;
using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// One JSON object per decision:
/// <c>{"line":1,"id":"…","asOf":"2024-07-25","outcome":"…","reasons":[{"code":"…","message":"…"}],"missingFields":[…],"ruleSetHash":"…"}</c>.
/// </summary>
internal sealed class JsonLinesDecisionWriter(TextWriter output) : IDecisionWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly MemoryStream _buffer = new();

    public void Write(long line, Decision decision)
    {
        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("line", line);
            json.WriteString("id", decision.SubjectId);
            json.WriteString("asOf", decision.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("outcome", decision.ShownOutcome);
            json.WriteStartArray("reasons");
            foreach (var reason in decision.Reasons)
            {
                json.WriteStartObject();
                json.WriteString("code", reason.Code);
                WriteOptional(json, "message", reason.Message);
                WriteOptional(json, "observed", reason.Observed);
                WriteOptional(json, "threshold", reason.Threshold);
                WriteOptional(json, "gap", reason.Gap);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("missingFields");
            foreach (var field in decision.MissingFields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteString("ruleSetHash", decision.RuleSetHash);
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
