using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Spectre.Console;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>
/// Counts per outcome and per reason code, in constant memory (one counter per distinct outcome and code), written as
/// tables: outcomes, then the top reasons, hard-gate failures apart from scorecard shortfalls (a renewal's bands), so a
/// failed gate is never hidden under many bands; for renewals also the scores (lowest, highest, mean) and the pass mark.
/// </summary>
internal sealed class CheckSummary
{
    internal const int TopReasons = 10;
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _gates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bands = new(StringComparer.Ordinal);
    private int _scored;
    private decimal _scoreSum;
    private decimal _scoreMin = decimal.MaxValue;
    private decimal _scoreMax = decimal.MinValue;
    private decimal? _passMark;

    public int Evaluated { get; private set; }

    /// <summary>Counts one decision under <paramref name="outcome"/> (its compared outcome) and its reason codes.</summary>
    public void Add(string outcome, EligibilityDecision decision)
    {
        Evaluated++;
        if (_outcomes.TryAdd(outcome, 1))
        {
            _labels[outcome] = outcome == decision.OutcomeName ? decision.GetOutcomeLabel() : outcome;
        }
        else
        {
            _outcomes[outcome]++;
        }

        var reasons = decision.Reasons;
        for (var i = 0; i < reasons.Count; i++)
        {
            var code = ReasonText.Code(reasons[i]);
            if (!Seen(reasons, i, code))
            {
                var counts = reasons[i].ScorecardCriterion is null ? _gates : _bands;
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        if (decision is RenewalDecision { Scorecard: { } card })
        {
            _scored++;
            _scoreSum += card.Total;
            _scoreMin = Math.Min(_scoreMin, card.Total);
            _scoreMax = Math.Max(_scoreMax, card.Total);
            _passMark = card.PassMark;
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (another worker's) to these.</summary>
    public void Add(CheckSummary other)
    {
        Evaluated += other.Evaluated;
        Merge(_outcomes, other._outcomes);
        foreach (var (outcome, label) in other._labels)
        {
            _labels.TryAdd(outcome, label);
        }

        Merge(_gates, other._gates);
        Merge(_bands, other._bands);
        if (other._scored > 0)
        {
            _scored += other._scored;
            _scoreSum += other._scoreSum;
            _scoreMin = Math.Min(_scoreMin, other._scoreMin);
            _scoreMax = Math.Max(_scoreMax, other._scoreMax);
            _passMark = other._passMark;
        }
    }

    /// <summary>Writes the summary's tables, labels in <paramref name="culture"/>'s language.</summary>
    public void Write(TextWriter console, CultureInfo culture, int invalid)
    {
        console.WriteLine(ToolText.Get(culture, "Summary_Title", Evaluated, invalid));
        var outcomes = CountTable(culture, "Summary_Outcome");
        foreach (var (outcome, count) in Ordered(_outcomes))
        {
            outcomes.AddRow(TextConsole.Cell(_labels.GetValueOrDefault(outcome, outcome)), TextConsole.Cell(count.ToString(CultureInfo.InvariantCulture)));
        }

        TextConsole.Write(console, outcomes);
        if (_scored > 0)
        {
            console.WriteLine(ToolText.Get(
                culture,
                "Summary_Scores",
                Number(_scoreMin),
                Number(_scoreMax),
                Number(Math.Round(_scoreSum / _scored, 1)),
                Number(_passMark ?? 0m)));
        }

        WriteReasons(console, culture, _gates, _bands.Count > 0 ? "Summary_TopGates" : "Summary_TopReasons");
        WriteReasons(console, culture, _bands, "Summary_TopBands");
    }

    private static void WriteReasons(TextWriter console, CultureInfo culture, Dictionary<string, int> counts, string title)
    {
        if (counts.Count == 0)
        {
            return;
        }

        console.WriteLine(ToolText.Get(culture, title, Math.Min(TopReasons, counts.Count)));
        var table = CountTable(culture, "Summary_Code");
        foreach (var (code, count) in Ordered(counts).Take(TopReasons))
        {
            table.AddRow(TextConsole.Cell(code), TextConsole.Cell(count.ToString(CultureInfo.InvariantCulture)));
        }

        TextConsole.Write(console, table);
    }

    /// <summary>A two-column table: what is counted (header <paramref name="headerKey"/>) and the count.</summary>
    private static Table CountTable(CultureInfo culture, string headerKey)
    {
        var table = TextConsole.NewTable(ToolText.Get(culture, headerKey), ToolText.Get(culture, "Summary_Count"));
        table.Columns[1].RightAligned();
        return table;
    }

    private static IEnumerable<KeyValuePair<string, int>> Ordered(Dictionary<string, int> counts)
        => counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);

    private static string Number(decimal value) => ReasonValueText.Format(value, CultureInfo.InvariantCulture);

    private static void Merge(Dictionary<string, int> into, Dictionary<string, int> from)
    {
        foreach (var (key, count) in from)
        {
            into[key] = into.GetValueOrDefault(key) + count;
        }
    }

    // Whether a reason before the i-th has the same code (a decision counts under a code once).
    private static bool Seen(IReadOnlyList<DecisionReason> reasons, int i, string code)
    {
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(ReasonText.Code(reasons[j]), code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
