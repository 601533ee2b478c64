using System.Globalization;
using Douyin.Eligibility.Decisions;
using Spectre.Console;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// A Spectre.Console table, labels in the run's language: line, id, name (<c>shopName</c> or the provider's name),
/// outcome (for a renewal also the score and the pass mark), the reasons as <c>CODE: message</c> one per line, and the
/// missing fields by JSON name. Rows are written a page at a time, each page a table of its own, so memory holds one page.
/// </summary>
internal sealed class TableDecisionWriter(TextWriter output, CultureInfo culture, int? width = null) : IDecisionWriter
{
    /// <summary>Decisions per page.</summary>
    internal const int PageSize = 100;

    private readonly IAnsiConsole _console = TextConsole.Create(output, width);
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

        var table = TextConsole.NewTable(
            ToolText.Get(culture, "Table_Line"), ToolText.Get(culture, "Table_Id"), ToolText.Get(culture, "Table_Name"),
            ToolText.Get(culture, "Table_Outcome"), ToolText.Get(culture, "Table_Reasons"), ToolText.Get(culture, "Table_Missing"));
        table.Columns[0].RightAligned();
        foreach (var row in _page)
        {
            table.AddRow(
                TextConsole.Cell(row.Line.ToString(CultureInfo.InvariantCulture)),
                TextConsole.Cell(row.SubjectId),
                TextConsole.Cell(row.Name ?? string.Empty),
                TextConsole.Cell(Outcome(row, culture)),
                TextConsole.Cell(string.Join('\n', row.Decision.Reasons.Select(Describe))),
                TextConsole.Cell(string.Join('\n', row.MissingFields)));
        }

        _console.Write(table);
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

    private static string Describe(DecisionReason reason) => $"{ReasonText.Code(reason)}: {reason.Message}";
}
