using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Output;

/// <summary>
/// <see cref="DecisionJson"/>'s shape written as UTF-8 straight into a buffer, byte for byte what
/// <see cref="Utf8JsonWriter"/> with <see cref="DecisionJson.WriterOptions"/> writes: property names and punctuation
/// are constants, and a string is copied as it is when the writer's encoder finds nothing in it to escape (the check the
/// writer itself makes); any other string (one to escape, or not valid UTF-16) is handed to a <see cref="Utf8JsonWriter"/>
/// with the same options, so it comes out exactly as before, error included.
/// </summary>
internal static class DecisionJsonBytes
{
    private static readonly JavaScriptEncoder Encoder = DecisionJson.WriterOptions.Encoder!;

    // The printable ASCII characters the encoder leaves as they are, asked of the encoder itself.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => !NeedsEscaping(c)).ToArray());

    // Every other UTF-16 char, learnt from the encoder on first sight: 0 not asked yet, 1 left as it is, 2 escaped (and
    // every surrogate, so text with one goes to the writer). The encoder judges each character on its own.
    private static readonly byte[] CharKinds = new byte[char.MaxValue + 1];

    [ThreadStatic]
    private static Utf8JsonWriter? t_escaper;

    /// <summary>The properties of <paramref name="decision"/>, without braces: <c>"id":…,"ruleSetHash":"…"</c>.</summary>
    public static void WriteProperties(IBufferWriter<byte> output, EligibilityDecision decision, string? outcome, string? subjectId)
    {
        Write(output, "\"id\":"u8);
        WriteString(output, subjectId ?? decision.SubjectId);
        Write(output, ",\"asOf\":"u8);
        WriteDate(output, decision.AsOf);
        Write(output, ",\"outcome\":"u8);
        WriteString(output, outcome ?? decision.OutcomeName);
        if (decision is RenewalDecision renewal)
        {
            WriteScorecard(output, renewal.Scorecard);
        }

        Write(output, ",\"reasons\":["u8);
        var reasons = decision.Reasons;
        for (var i = 0; i < reasons.Count; i++)
        {
            if (i > 0)
            {
                Write(output, ","u8);
            }

            WriteReason(output, reasons[i]);
        }

        Write(output, "],\"missingFields\":["u8);
        var missing = decision.MissingFields;
        for (var i = 0; i < missing.Count; i++)
        {
            if (i > 0)
            {
                Write(output, ","u8);
            }

            WriteString(output, missing[i]);
        }

        Write(output, "],\"ruleSetHash\":"u8);
        WriteString(output, decision.RuleSetHash);
    }

    private static void WriteReason(IBufferWriter<byte> output, DecisionReason reason)
    {
        Write(output, "{\"code\":"u8);
        WriteString(output, reason.Code ?? reason.RuleName);
        Write(output, ",\"message\":"u8);
        WriteString(output, reason.Message);
        if (reason.HasCondition)
        {
            Write(output, ",\"observed\":"u8);
            WriteValue(output, reason.Observed);
            Write(output, ",\"threshold\":"u8);
            WriteValue(output, reason.Threshold);
        }

        if (reason.Gap is { } gap)
        {
            Write(output, ",\"gap\":"u8);
            WriteString(output, ReasonValueText.Gap(gap));
        }

        Write(output, "}"u8);
    }

    private static void WriteValue(IBufferWriter<byte> output, object? value)
    {
        if (value is null)
        {
            Write(output, "null"u8);
        }
        else
        {
            WriteString(output, TraceEntry.FormatValue(value));
        }
    }

    private static void WriteScorecard(IBufferWriter<byte> output, Scorecard card)
    {
        Write(output, ",\"scorecard\":{\"total\":"u8);
        WriteNumber(output, card.Total);
        Write(output, ",\"passMark\":"u8);
        WriteNumber(output, card.PassMark);
        Write(output, ",\"maxTotal\":"u8);
        WriteNumber(output, card.MaxTotal);
        Write(output, card.Passed ? ",\"passed\":true}"u8 : ",\"passed\":false}"u8);
    }

    /// <summary>A JSON number as the writer writes it (<see cref="Utf8Formatter"/>'s default format).</summary>
    public static void WriteNumber(IBufferWriter<byte> output, long value)
    {
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }

    private static void WriteNumber(IBufferWriter<byte> output, decimal value)
    {
        var span = output.GetSpan(64);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }

    // yyyy-MM-dd, quoted: what DateOnly.TryFormat("yyyy-MM-dd", invariant) gives for every DateOnly (years 1 to 9999).
    private static void WriteDate(IBufferWriter<byte> output, DateOnly date)
    {
        var span = output.GetSpan(12);
        span[0] = (byte)'"';
        Digits(span.Slice(1, 4), date.Year);
        span[5] = (byte)'-';
        Digits(span.Slice(6, 2), date.Month);
        span[8] = (byte)'-';
        Digits(span.Slice(9, 2), date.Day);
        span[11] = (byte)'"';
        output.Advance(12);
    }

    private static void Digits(Span<byte> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>A JSON string: copied as UTF-8 when there is nothing to escape, else written by <see cref="Utf8JsonWriter"/>.</summary>
    private static void WriteString(IBufferWriter<byte> output, string value)
    {
        // At most three UTF-8 bytes per UTF-16 char, and the quotes.
        var span = output.GetSpan((value.Length * 3) + 2);
        if (!NeedsEscaping(value)
            && Utf8.FromUtf16(value, span[1..], out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            span[0] = (byte)'"';
            span[written + 1] = (byte)'"';
            output.Advance(written + 2);
            return;
        }

        var escaper = t_escaper ??= new Utf8JsonWriter(output, DecisionJson.WriterOptions);
        escaper.Reset(output);
        escaper.WriteStringValue(value);
        escaper.Flush();
    }

    private static bool NeedsEscaping(string value)
    {
        var chars = value.AsSpan();
        var other = chars.IndexOfAnyExcept(PlainAscii);
        if (other < 0)
        {
            return false;
        }

        foreach (var c in chars[other..])
        {
            var kind = CharKinds[c];
            if (kind == 0)
            {
                kind = NeedsEscaping(c) ? (byte)2 : (byte)1;
                CharKinds[c] = kind;
            }

            if (kind == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsEscaping(char c)
    {
        if (char.IsSurrogate(c))
        {
            return true;
        }

        Span<byte> utf8 = stackalloc byte[3];
        var length = new Rune(c).EncodeToUtf8(utf8);
        return Encoder.FindFirstCharacterToEncodeUtf8(utf8[..length]) >= 0;
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }
}
