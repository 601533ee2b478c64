using System.Globalization;
using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// CSV (RFC 4180) with a header: <c>line,id,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash</c>; lists are
/// joined with <c>|</c>.
/// </summary>
internal sealed class CsvDecisionWriter(TextWriter output) : IDecisionWriter
{
    private bool _headerWritten;

    public void Write(long line, Decision decision)
    {
        if (!_headerWritten)
        {
            output.WriteLine("line,id,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash");
            _headerWritten = true;
        }

        string[] cells =
        [
            line.ToString(CultureInfo.InvariantCulture),
            decision.SubjectId,
            decision.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            decision.ShownOutcome,
            string.Join('|', decision.Reasons.Select(r => r.Code)),
            string.Join('|', decision.Reasons.Select(r => r.Message ?? string.Empty)),
            string.Join('|', decision.MissingFields),
            decision.RuleSetHash,
        ];
        output.WriteLine(string.Join(',', cells.Select(Escape)));
    }

    public void Finish()
    {
    }

    private static string Escape(string cell)
        => cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
