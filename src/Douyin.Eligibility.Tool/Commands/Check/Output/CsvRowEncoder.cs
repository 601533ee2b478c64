using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A CSV (RFC 4180) row, written by CsvHelper's <see cref="CsvWriter"/>, under the header
/// <c>line,id,name,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash</c>; lists are joined with <c>|</c>
/// and missing fields are JSON names. One encoder per thread: it keeps its writer and its byte buffer.
/// </summary>
internal sealed class CsvRowEncoder : IRowEncoder
{
    private static readonly string[] Columns = ["line", "id", "name", "asOf", "outcome", "reasonCodes", "reasonMessages", "missingFields", "ruleSetHash"];
    private readonly MemoryStream _bytes = new();
    private readonly CsvWriter _csv;
    private readonly byte[] _header;

    public CsvRowEncoder(byte[] newLine)
    {
        _csv = CsvWriter.Create(_bytes, CsvWriterOptions.Default with { NewLine = Encoding.UTF8.GetString(newLine), FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        _csv.WriteHeader(Columns);
        _csv.Flush();
        _header = _bytes.ToArray();
        _bytes.SetLength(0);
    }

    public ReadOnlySpan<byte> Header => _header;

    public void Encode(DecisionRow row, IBufferWriter<byte> output)
    {
        var reasons = row.Decision.Reasons;
        _csv.WriteField(row.Line.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(row.SubjectId);
        _csv.WriteField(row.Name ?? string.Empty);
        _csv.WriteField(row.Decision.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        _csv.WriteField(row.Outcome);
        _csv.WriteField(string.Join('|', reasons.Select(ReasonText.Code)));
        _csv.WriteField(string.Join('|', reasons.Select(r => r.Message)));
        _csv.WriteField(string.Join('|', row.MissingFields));
        _csv.WriteField(row.Decision.RuleSetHash);
        _csv.EndRecord();
        _csv.Flush();
        output.Write(_bytes.GetBuffer().AsSpan(0, (int)_bytes.Length));
        _bytes.SetLength(0);
    }
}
