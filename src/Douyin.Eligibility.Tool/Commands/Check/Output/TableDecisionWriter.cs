using System.Globalization;
using Douyin.Eligibility.Decisions;
using Spectre.Console;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A Spectre.Console table, labels in the run's language: line, id, name (<c>shopName</c> or the provider's name),
/// outcome (for a renewal also the score and the pass mark), the reasons as <c>CODE: message</c> one per line (a
/// renewal's hard gates first, then its scorecard shortfalls under their own label), and the missing fields by JSON name.
/// Rows are written a page at a time, each page a table of its own, so memory holds one page; a page without names or
/// without missing fields leaves that column out.
/// </summary>
internal sealed class TableDecisionWriter(TextWriter output, CultureInfo culture, int? width = null) : IDecisionWriter
{
    /// <summary>Decisions per page.</summary>
    internal const int PageSize = 100;

    private readonly List<DecisionRow> _page = new(PageSize);

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

        var names = _page.Any(r => r.Name is not null);
        var missing = _page.Any(r => r.MissingFields.Count > 0);
        var headers = new List<string> { ToolText.Get(culture, "Table_Line"), ToolText.Get(culture, "Table_Id") };
        if (names)
        {
            headers.Add(ToolText.Get(culture, "Table_Name"));
        }

        headers.Add(ToolText.Get(culture, "Table_Outcome"));
        headers.Add(ToolText.Get(culture, "Table_Reasons"));
        if (missing)
        {
            headers.Add(ToolText.Get(culture, "Table_Missing"));
        }

        var table = TextConsole.NewTable([.. headers]);
        table.Columns[0].RightAligned();
        foreach (var row in _page)
        {
            var cells = new List<Text> { TextConsole.Cell(row.Line.ToString(CultureInfo.InvariantCulture)), TextConsole.Cell(row.SubjectId) };
            if (names)
            {
                cells.Add(TextConsole.Cell(row.Name ?? string.Empty));
            }

            cells.Add(TextConsole.Cell(Outcome(row, culture)));
            cells.Add(TextConsole.Cell(Reasons(row.Decision, culture)));
            if (missing)
            {
                cells.Add(TextConsole.Cell(string.Join('\n', row.MissingFields)));
            }

            table.AddRow(cells);
        }

        TextConsole.Write(output, table, width);
        _page.Clear();
    }

    /// <summary>The outcome's label in the run's language (the shown outcome when it says more), and a renewal's score.</summary>
    internal static string Outcome(DecisionRow row, CultureInfo culture)
    {
        var decision = row.Decision;
        var shown = row.Outcome == decision.OutcomeName || row.Outcome == Families.EligibilityFamily.ComparedOutcome(decision)
            ? decision.GetOutcomeLabel(culture)
            : row.Outcome;
        return decision is RenewalDecision renewal ? shown + "\n" + Score(renewal.Scorecard, culture) : shown;
    }

    /// <summary>A scorecard as <c>score 72 / 100, pass mark 80</c>.</summary>
    internal static string Score(Scorecard card, CultureInfo culture)
        => ToolText.Get(culture, "Table_Score", ReasonValueText.Format(card.Total, culture), ReasonValueText.Format(card.MaxTotal, culture), ReasonValueText.Format(card.PassMark, culture));

    /// <summary>The reasons, one per line: hard gates (and every reason of other families), then the scorecard shortfalls under their label.</summary>
    internal static string Reasons(EligibilityDecision decision, CultureInfo culture)
    {
        var gates = decision.Reasons.Where(r => r.ScorecardCriterion is null).Select(Describe);
        var bands = decision.Reasons.Where(r => r.ScorecardCriterion is not null).Select(Describe).ToList();
        return bands.Count == 0
            ? string.Join('\n', gates)
            : string.Join('\n', gates.Append(ToolText.Get(culture, "Table_Shortfalls")).Concat(bands));
    }

    private static string Describe(DecisionReason reason) => $"{ReasonText.Code(reason)}: {reason.Message}";
}
