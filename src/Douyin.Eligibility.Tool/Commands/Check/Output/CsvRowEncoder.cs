using System.Buffers;
using System.Globalization;
using System.Text;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A CSV (RFC 4180) row under the header <c>line,id,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash</c>;
/// lists are joined with <c>|</c>.
/// </summary>
internal sealed class CsvRowEncoder(byte[] newLine) : IRowEncoder
{
    private readonly byte[] _header = [.. "line,id,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash"u8, .. newLine];

    public ReadOnlySpan<byte> Header => _header;

    public void Encode(DecisionRow row, IBufferWriter<byte> output)
    {
        string[] cells =
        [
            row.Line.ToString(CultureInfo.InvariantCulture),
            row.SubjectId,
            row.Decision.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.Outcome,
            string.Join('|', row.Decision.Reasons.Select(ReasonText.Code)),
            string.Join('|', row.Decision.Reasons.Select(r => r.Message)),
            string.Join('|', row.MissingFields),
            row.Decision.RuleSetHash,
        ];
        var text = string.Join(',', cells.Select(Escape));
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + newLine.Length);
        var written = Encoding.UTF8.GetBytes(text, span);
        newLine.CopyTo(span[written..]);
        output.Advance(written + newLine.Length);
    }

    private static string Escape(string cell)
        => cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
