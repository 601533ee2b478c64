using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Output;

/// <summary>
/// A decision as JSON, the one shape the tool's JSON Lines and a service share (docs/tool.md, "JSON Lines output"):
/// <c>{"id":"…","asOf":"2024-07-25","outcome":"NotEligible","reasons":[{"code":"…","message":"…","observed":"4.05","threshold":"4.1","gap":"4.11 (+0.06)"}],"missingFields":["storeScore"],"ruleSetHash":"…"}</c>.
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/> straight into the caller's buffer, building no intermediate object. A
/// reason's <c>observed</c> and <c>threshold</c> are present when the evaluation was explained and the rule has a
/// deciding comparison: invariant text (<c>"4.05"</c>, <c>"2024-07-01"</c>, <c>"true"</c>, a string quoted), or JSON
/// <c>null</c> when the value is unknown; <c>gap</c> is present for a failed numeric comparison. <c>missingFields</c> are
/// JSON field names (<see cref="EligibilityDecision.MissingFields"/>). A renewal decision adds
/// <c>"scorecard":{"total":…,"passMark":…,"maxTotal":…,"passed":…}</c>.
/// </remarks>
public static class DecisionJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id"), AsOf = JsonEncodedText.Encode("asOf"),
        Outcome = JsonEncodedText.Encode("outcome"), Reasons = JsonEncodedText.Encode("reasons"), Code = JsonEncodedText.Encode("code"),
        Message = JsonEncodedText.Encode("message"), Observed = JsonEncodedText.Encode("observed"), Threshold = JsonEncodedText.Encode("threshold"),
        Gap = JsonEncodedText.Encode("gap"), MissingFields = JsonEncodedText.Encode("missingFields"), RuleSetHash = JsonEncodedText.Encode("ruleSetHash"),
        ScorecardName = JsonEncodedText.Encode("scorecard"), Total = JsonEncodedText.Encode("total"), PassMark = JsonEncodedText.Encode("passMark"),
        MaxTotal = JsonEncodedText.Encode("maxTotal"), Passed = JsonEncodedText.Encode("passed");

    /// <summary>
    /// Writer options for this shape: no indentation, and Chinese text written as is rather than as <c>\uXXXX</c>
    /// escapes (HTML-sensitive characters are still escaped by <see cref="Utf8JsonWriter"/> only where JSON requires).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="decision"/> as one JSON object.</summary>
    /// <param name="writer">The writer (<see cref="WriterOptions"/> recommended).</param>
    /// <param name="decision">The decision.</param>
    /// <param name="outcome">The outcome to write; null writes <see cref="EligibilityDecision.OutcomeName"/> (a family's <c>ShownOutcome</c> gives more detail).</param>
    /// <param name="subjectId">The id to write; null writes <see cref="EligibilityDecision.SubjectId"/>.</param>
    public static void Write(Utf8JsonWriter writer, EligibilityDecision decision, string? outcome = null, string? subjectId = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteProperties(writer, decision, outcome, subjectId);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the properties of <paramref name="decision"/> into the object the writer is in, so a caller can add its own
    /// before or after (the tool writes <c>"line"</c> first).
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="outcome">The outcome to write; null writes <see cref="EligibilityDecision.OutcomeName"/>.</param>
    /// <param name="subjectId">The id to write; null writes <see cref="EligibilityDecision.SubjectId"/>.</param>
    public static void WriteProperties(Utf8JsonWriter writer, EligibilityDecision decision, string? outcome = null, string? subjectId = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        writer.WriteString(Id, subjectId ?? decision.SubjectId);
        Span<byte> date = stackalloc byte[10];
        decision.AsOf.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(AsOf, date[..written]);
        writer.WriteString(Outcome, outcome ?? decision.OutcomeName);
        if (decision is RenewalDecision renewal)
        {
            WriteScorecard(writer, renewal.Scorecard);
        }

        writer.WriteStartArray(Reasons);
        foreach (var reason in decision.Reasons)
        {
            WriteReason(writer, reason);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(MissingFields);
        foreach (var field in decision.MissingFields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();
        writer.WriteString(RuleSetHash, decision.RuleSetHash);
    }

    /// <summary>
    /// Writes <paramref name="decision"/> as one JSON object straight into <paramref name="output"/> as UTF-8: byte for
    /// byte what <see cref="Write(Utf8JsonWriter, EligibilityDecision, string?, string?)"/> writes with
    /// <see cref="WriterOptions"/>, without a writer's bookkeeping (constant parts copied as bytes, strings with nothing to
    /// escape copied as they are), for output of many decisions such as JSON Lines.
    /// </summary>
    /// <param name="output">The buffer written to.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="outcome">The outcome to write; null writes <see cref="EligibilityDecision.OutcomeName"/>.</param>
    /// <param name="subjectId">The id to write; null writes <see cref="EligibilityDecision.SubjectId"/>.</param>
    public static void WriteUtf8(IBufferWriter<byte> output, EligibilityDecision decision, string? outcome = null, string? subjectId = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(decision);
        output.Write("{"u8);
        DecisionJsonBytes.WriteProperties(output, decision, outcome, subjectId);
        output.Write("}"u8);
    }

    /// <summary>
    /// Writes the properties of <paramref name="decision"/> straight into <paramref name="output"/> as UTF-8, as
    /// <see cref="WriteProperties(Utf8JsonWriter, EligibilityDecision, string?, string?)"/> writes them: no braces, and no
    /// comma before the first, so the caller writes <c>{</c> and its own properties each followed by a comma before,
    /// and <c>}</c> after (the tool writes <c>{"line":7,</c> first).
    /// </summary>
    /// <param name="output">The buffer written to, inside an object.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="outcome">The outcome to write; null writes <see cref="EligibilityDecision.OutcomeName"/>.</param>
    /// <param name="subjectId">The id to write; null writes <see cref="EligibilityDecision.SubjectId"/>.</param>
    public static void WriteUtf8Properties(IBufferWriter<byte> output, EligibilityDecision decision, string? outcome = null, string? subjectId = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(decision);
        DecisionJsonBytes.WriteProperties(output, decision, outcome, subjectId);
    }

    private static void WriteReason(Utf8JsonWriter writer, DecisionReason reason)
    {
        writer.WriteStartObject();
        writer.WriteString(Code, reason.Code ?? reason.RuleName);
        writer.WriteString(Message, reason.Message);
        if (reason.HasCondition)
        {
            WriteValue(writer, Observed, reason.Observed);
            WriteValue(writer, Threshold, reason.Threshold);
        }

        if (reason.Gap is { } gap)
        {
            writer.WriteString(Gap, ReasonValueText.Gap(gap));
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonEncodedText name, object? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, TraceEntry.FormatValue(value));
        }
    }

    private static void WriteScorecard(Utf8JsonWriter writer, Scorecard card)
    {
        writer.WriteStartObject(ScorecardName);
        writer.WriteNumber(Total, card.Total);
        writer.WriteNumber(PassMark, card.PassMark);
        writer.WriteNumber(MaxTotal, card.MaxTotal);
        writer.WriteBoolean(Passed, card.Passed);
        writer.WriteEndObject();
    }
}
