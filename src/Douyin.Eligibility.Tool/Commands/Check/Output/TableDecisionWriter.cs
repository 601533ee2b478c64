using Douyin.Eligibility.Decisions;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A text table: line, id, outcome, then each reason as <c>CODE: message</c> (further reasons on rows of their own).
/// Rows are written a page at a time: the ID and OUTCOME columns are as wide as the widest cell seen so far (in
/// terminal cells, so Chinese ids line up), within limits past which a cell is cut with <c>…</c>. When a page needs
/// wider columns than the rows above it, the header is written again, so every block stays aligned under its own
/// header. Memory holds one page.
/// </summary>
internal sealed class TableDecisionWriter(TextWriter output) : IDecisionWriter
{
    /// <summary>Decisions per page.</summary>
    internal const int PageSize = 100;

    /// <summary>The narrowest ID column, and the widest before ids are cut (a <c>merchant/product</c> id fits).</summary>
    internal const int MinIdWidth = 24, MaxIdWidth = 64;

    /// <summary>The narrowest OUTCOME column, and the widest before outcomes are cut.</summary>
    internal const int MinOutcomeWidth = 14, MaxOutcomeWidth = 40;

    private readonly List<DecisionRow> _page = new(PageSize);
    private int _idWidth;
    private int _outcomeWidth;

    public void Write(DecisionRow row)
    {
        _page.Add(row);
        if (_page.Count == PageSize)
        {
            WritePage();
        }
    }

    public void Finish() => WritePage();

    private void WritePage()
    {
        if (_page.Count == 0)
        {
            return;
        }

        var idWidth = Math.Max(_idWidth, Math.Clamp(_page.Max(r => CellText.Width(r.SubjectId)), MinIdWidth, MaxIdWidth));
        var outcomeWidth = Math.Max(_outcomeWidth, Math.Clamp(_page.Max(r => CellText.Width(r.Outcome)), MinOutcomeWidth, MaxOutcomeWidth));
        if (idWidth != _idWidth || outcomeWidth != _outcomeWidth)
        {
            if (_idWidth > 0)
            {
                output.WriteLine();
            }

            (_idWidth, _outcomeWidth) = (idWidth, outcomeWidth);
            WriteRow("LINE", "ID", "OUTCOME", "REASONS");
        }

        foreach (var row in _page)
        {
            var reasons = row.Decision.Reasons;
            WriteRow(row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), row.SubjectId, row.Outcome, reasons.Count == 0 ? string.Empty : Describe(reasons[0]));
            foreach (var reason in reasons.Skip(1))
            {
                WriteRow(string.Empty, string.Empty, string.Empty, Describe(reason));
            }
        }

        _page.Clear();
    }

    private void WriteRow(string line, string id, string outcome, string reasons)
        => output.WriteLine($"{line,6}  {CellText.Fit(id, _idWidth)}  {CellText.Fit(outcome, _outcomeWidth)}  {reasons}".TrimEnd());

    private static string Describe(DecisionReason reason) => $"{ReasonText.Code(reason)}: {reason.Message}";
}
