using System.Globalization;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// CSV (RFC 4180) with a header: <c>line,id,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash</c>; lists are
/// joined with <c>|</c>.
/// </summary>
internal sealed class CsvDecisionWriter(TextWriter output) : IDecisionWriter
{
    private bool _headerWritten;

    public void Write(DecisionRow row)
    {
        if (!_headerWritten)
        {
            output.WriteLine("line,id,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash");
            _headerWritten = true;
        }

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
        output.WriteLine(string.Join(',', cells.Select(Escape)));
    }

    public void Finish()
    {
    }

    private static string Escape(string cell)
        => cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
