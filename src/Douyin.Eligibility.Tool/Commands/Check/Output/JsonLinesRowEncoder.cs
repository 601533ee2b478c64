using System.Buffers;
using Douyin.Eligibility.Output;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A JSON Lines row: <c>"line"</c>, then the library's decision shape, written as UTF-8 straight into the output buffer
/// (<see cref="DecisionJson.WriteUtf8Properties"/>: the bytes <see cref="System.Text.Json.Utf8JsonWriter"/> would write, without its bookkeeping).
/// </summary>
internal sealed class JsonLinesRowEncoder(byte[] newLine) : IRowEncoder
{
    public ReadOnlySpan<byte> Header => [];

    public void Encode(DecisionRow row, IBufferWriter<byte> output)
    {
        output.Write("{\"line\":"u8);
        var digits = output.GetSpan(20);
        System.Buffers.Text.Utf8Formatter.TryFormat(row.Line, digits, out var written);
        output.Advance(written);
        output.Write(","u8);
        DecisionJson.WriteUtf8Properties(output, row.Decision, row.Outcome, row.SubjectId);
        output.Write("}"u8);
        output.Write(newLine);
    }
}
