using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A JSON Lines row, written by <see cref="Utf8JsonWriter"/> straight into the output buffer:
/// <c>{"line":1,"id":"…","asOf":"2024-07-25","outcome":"…","reasons":[{"code":"…","message":"…"}],"missingFields":[…],"ruleSetHash":"…"}</c>.
/// </summary>
internal sealed class JsonLinesRowEncoder(byte[] newLine) : IRowEncoder
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line"), Id = JsonEncodedText.Encode("id"), AsOf = JsonEncodedText.Encode("asOf"),
        Outcome = JsonEncodedText.Encode("outcome"), Reasons = JsonEncodedText.Encode("reasons"), Code = JsonEncodedText.Encode("code"),
        Message = JsonEncodedText.Encode("message"), Observed = JsonEncodedText.Encode("observed"), Threshold = JsonEncodedText.Encode("threshold"),
        Gap = JsonEncodedText.Encode("gap"), MissingFields = JsonEncodedText.Encode("missingFields"), RuleSetHash = JsonEncodedText.Encode("ruleSetHash");

    private Utf8JsonWriter? _json;

    public ReadOnlySpan<byte> Header => [];

    public void Encode(DecisionRow row, IBufferWriter<byte> output)
    {
        var json = _json ??= new Utf8JsonWriter(output, Options);
        json.Reset(output);
        json.WriteStartObject();
        json.WriteNumber(Line, row.Line);
        json.WriteString(Id, row.SubjectId);
        Span<byte> date = stackalloc byte[10];
        row.Decision.AsOf.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        json.WriteString(AsOf, date[..written]);
        json.WriteString(Outcome, row.Outcome);
        json.WriteStartArray(Reasons);
        foreach (var reason in row.Decision.Reasons)
        {
            json.WriteStartObject();
            json.WriteString(Code, ReasonText.Code(reason));
            WriteOptional(json, Message, reason.Message);
            // The condition is built once to learn whether there is one (as ReasonText.Observed and Threshold ask).
            if (reason.Condition is not null)
            {
                json.WriteString(Observed, TraceEntry.FormatValue(reason.Observed));
                json.WriteString(Threshold, TraceEntry.FormatValue(reason.Threshold));
            }

            WriteOptional(json, Gap, ReasonText.Gap(reason));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(MissingFields);
        foreach (var field in row.MissingFields)
        {
            json.WriteStringValue(field);
        }

        json.WriteEndArray();
        json.WriteString(RuleSetHash, row.Decision.RuleSetHash);
        json.WriteEndObject();
        json.Flush();
        output.Write(newLine);
    }

    private static void WriteOptional(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
