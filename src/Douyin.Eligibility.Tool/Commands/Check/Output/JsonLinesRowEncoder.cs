using System.Buffers;
using System.Text.Json;
using Douyin.Eligibility.Output;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A JSON Lines row: <c>"line"</c>, then the library's decision shape (<see cref="DecisionJson"/>), written by
/// <see cref="Utf8JsonWriter"/> straight into the output buffer.
/// </summary>
internal sealed class JsonLinesRowEncoder(byte[] newLine) : IRowEncoder
{
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");

    private Utf8JsonWriter? _json;

    public ReadOnlySpan<byte> Header => [];

    public void Encode(DecisionRow row, IBufferWriter<byte> output)
    {
        var json = _json ??= new Utf8JsonWriter(output, DecisionJson.WriterOptions);
        json.Reset(output);
        json.WriteStartObject();
        json.WriteNumber(Line, row.Line);
        DecisionJson.WriteProperties(json, row.Decision, row.Outcome, row.SubjectId);
        json.WriteEndObject();
        json.Flush();
        output.Write(newLine);
    }
}
