using System.Globalization;
using System.Text;
using Douyin.Eligibility.History.Queries;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Commands.Report.Model;
using static Douyin.Eligibility.Tool.Commands.Report.Html.HtmlReportRenderer;
using static Douyin.Eligibility.Tool.Commands.Report.Html.Markup;

namespace Douyin.Eligibility.Tool.Commands.Report.Html;

/// <summary>One family's section of the report: cards, the outcome chart, reasons, changes, at-risk rows, metrics.</summary>
internal sealed class FamilySection(StringBuilder html, FamilyReport family, CultureInfo culture)
{
    private static readonly ChangeKind[] ChangeOrder = [ChangeKind.NewlyFailing, ChangeKind.Recovered, ChangeKind.NewFailing, ChangeKind.StillFailing, ChangeKind.Gone];
    private static readonly Column Subject = new("Report_Column_Subject"), Code = new("Report_Column_Code"), Outcome = new("Report_Column_Outcome");
    private static readonly Column[] ChangeColumns =
        [Subject, new("Report_Column_Change"), new("Report_Column_Previous"), new("Report_Column_Now"), new("Report_Column_DaysFailing", Numeric: true), new("Report_Column_Reasons")];

    private static readonly Column[] AtRiskColumns =
        [Subject, new("Report_Column_Field"), new("Report_Column_Observed", Numeric: true), new("Report_Column_Threshold", Numeric: true), new("Report_Column_Gap", Numeric: true), Code, Outcome];

    private static readonly Column[] ReasonColumns = [Code, new("Report_Column_Trend"), new("Report_Column_Today", Numeric: true), new("Report_Column_Delta", Numeric: true)];

    private readonly IReadOnlyList<DateOnly> _days = family.Dates.TakeLast(MaxDays).ToList();

    public void Write()
    {
        html.Append("<section class=\"family\" id=\"").Append(Attr(Anchor(family.Family))).Append("\" data-testid=\"family\" data-family=\"").Append(Attr(family.Family)).Append("\">\n");
        html.Append("<h2>").Append(Text(family.Family)).Append("</h2><p class=\"sub\">");
        var hash = family.RuleSetHash.Length > 12 ? family.RuleSetHash[..12] : family.RuleSetHash;
        html.Append(family.PreviousAsOf is { } previous
            ? T("Report_Family_Sub", Day(family.AsOf), Day(previous), hash, Count(family.Decisions))
            : T("Report_Family_SubFirst", Day(family.AsOf), hash, Count(family.Decisions)));
        html.Append("</p>\n");
        Cards();
        html.Append("<div class=\"grid\">");
        OutcomeChart();
        Reasons();
        html.Append("</div>\n");
        Changes();
        AtRisk();
        Metrics();
        html.Append("</section>\n");
    }

    private void Cards()
    {
        html.Append("<div class=\"cards\">");
        foreach (var outcome in family.Outcomes)
        {
            var today = family.Count(family.AsOf, outcome.Name);
            if (today == 0 && outcome.Tone == OutcomeTone.Indeterminate)
            {
                continue;
            }

            var note = family.PreviousAsOf is { } previous ? T("Report_Card_Delta", Delta(today - family.Count(previous, outcome.Name))) : null;
            Card(
                $"class=\"card\" style=\"border-top-color:{ToneColors.Of(outcome, family.Outcomes)}\" data-testid=\"outcome-count\" data-outcome=\"{Attr(outcome.Name)}\"",
                Text(outcome.Label),
                today,
                note,
                valueAttributes: " data-testid=\"outcome-count-value\"");
        }

        foreach (var kind in new[] { ChangeKind.NewlyFailing, ChangeKind.Recovered })
        {
            var css = kind == ChangeKind.Recovered ? "card card-up" : "card card-down";
            Card($"class=\"{css}\" data-testid=\"change-count\" data-kind=\"{kind}\"", ChangeLabel(kind), family.Changes.Count(c => c.Kind == kind), note: null);
        }

        Card(
            $"class=\"card card-risk\" data-testid=\"at-risk-count\" data-conditions=\"{family.AtRisk.Count.ToString(CultureInfo.InvariantCulture)}\"",
            T("Report_Card_AtRisk"),
            family.AtRisk.Select(a => a.SubjectId).Distinct(StringComparer.Ordinal).Count(),
            T("Report_Card_AtRiskNote", family.AtRisk.Count, Percent(family.Margin)));
        html.Append("</div>\n");
    }

    /// <summary>A card: escaped <paramref name="label"/>, the value (grouped, and plain in <c>data-value</c>), an optional escaped note.</summary>
    private void Card(string attributes, string label, long value, string? note, string valueAttributes = "")
    {
        html.Append("<div ").Append(attributes).Append("><span class=\"card-label\">").Append(label).Append("</span>");
        html.Append("<span class=\"card-value\"").Append(valueAttributes).Append(" data-value=\"").Append(value.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Count(value)).Append("</span>");
        if (note is not null)
        {
            html.Append("<span class=\"card-note\">").Append(note).Append("</span>");
        }

        html.Append("</div>");
    }

    private void OutcomeChart()
    {
        html.Append("<figure class=\"panel\" data-testid=\"outcome-chart\"><h3>").Append(T("Report_Section_Outcomes")).Append("</h3>");
        var bars = _days.Select(day => (IReadOnlyList<BarSegment>)family.Outcomes
            .Select(o => new BarSegment(family.Count(day, o.Name), ToneColors.Of(o, family.Outcomes), $"{Day(day)} · {o.Label}: {Count(family.Count(day, o.Name))}"))
            .ToList()).ToList();
        html.Append(SvgCharts.StackedBars(_days.Select(d => d.ToString("MM-dd", CultureInfo.InvariantCulture)).ToList(), bars, ToolText.Get(culture, "Report_Outcomes_Aria"), "outcome-bars"));
        html.Append("<figcaption class=\"legend\">");
        foreach (var outcome in family.Outcomes.Where(o => _days.Any(d => family.Count(d, o.Name) > 0)))
        {
            Swatch(ToneColors.Of(outcome, family.Outcomes), Text(outcome.Label));
        }

        html.Append("</figcaption></figure>");
    }

    private void Reasons()
    {
        html.Append("<section class=\"panel\" data-testid=\"reasons\"><h3>").Append(T("Report_Section_Reasons")).Append("</h3>");
        var top = family.ReasonCounts.Where(r => r.AsOf == family.AsOf).OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal).Take(TopReasons).ToList();
        if (top.Count == 0)
        {
            None("Report_Reasons_None");
            html.Append("</section>");
            return;
        }

        var max = top.Max(r => r.Count);
        TableHead(ReasonColumns, "reasons");
        foreach (var reason in top)
        {
            var trend = _days.Select(d => family.ReasonCount(d, reason.Code)).ToList();
            var delta = family.PreviousAsOf is { } previous ? Delta(reason.Count - family.ReasonCount(previous, reason.Code)) : "–";
            html.Append("<tr data-testid=\"reason-row\" data-code=\"").Append(Attr(reason.Code)).Append("\"><td><code>").Append(Text(reason.Code)).Append("</code>");
            html.Append("<div class=\"meter\"><i style=\"width:").Append(Num(100.0 * reason.Count / max)).Append("%\"></i></div></td>");
            html.Append("<td>").Append(SvgCharts.Sparkline(trend, ToneColors.Fail, reason.Code)).Append("</td>");
            html.Append("<td class=\"num\" data-value=\"").Append(reason.Count.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Count(reason.Count)).Append("</td>");
            html.Append("<td class=\"num delta\">").Append(Text(delta)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private void Changes()
    {
        html.Append("<section class=\"panel\" data-testid=\"changes\"><h3>").Append(T("Report_Section_Changes", family.PreviousAsOf is { } day ? Day(day) : "–")).Append("</h3>");
        if (family.PreviousAsOf is null)
        {
            None("Report_Changes_First");
            html.Append("</section>\n");
            return;
        }

        html.Append("<div class=\"chips\">");
        foreach (var kind in ChangeOrder)
        {
            html.Append("<span class=\"chip chip-").Append(kind).Append("\">").Append(ChangeLabel(kind)).Append(" <b>").Append(Count(family.Changes.Count(c => c.Kind == kind))).Append("</b></span>");
        }

        html.Append("</div>");
        var flips = family.Changes.Where(c => c.Kind != ChangeKind.StillFailing).OrderBy(c => Array.IndexOf(ChangeOrder, c.Kind)).ThenBy(c => c.SubjectId, StringComparer.Ordinal).ToList();
        var still = family.Changes.Where(c => c.Kind == ChangeKind.StillFailing).OrderByDescending(c => c.DaysFailing).ThenBy(c => c.SubjectId, StringComparer.Ordinal).ToList();
        if (flips.Count == 0)
        {
            None("Report_Changes_None");
        }
        else
        {
            ChangeTable(flips);
            More(flips.Count);
        }

        if (still.Count > 0)
        {
            html.Append("<details class=\"rest\"><summary>").Append(T("Report_Changes_StillFailing", Count(still.Count))).Append("</summary>");
            ChangeTable(still);
            More(still.Count);
            html.Append("</details>");
        }

        html.Append("</section>\n");
    }

    private void ChangeTable(IReadOnlyList<SubjectChange> rows)
    {
        TableHead(ChangeColumns);
        foreach (var change in rows.Take(MaxRows))
        {
            html.Append("<tr data-testid=\"change-row\" data-kind=\"").Append(change.Kind).Append("\" data-subject=\"").Append(Attr(change.SubjectId)).Append("\">");
            SubjectCell(change.SubjectId);
            html.Append("<td><span class=\"chip chip-").Append(change.Kind).Append("\">").Append(ChangeLabel(change.Kind)).Append("</span></td>");
            html.Append("<td>").Append(OutcomeBadge(change.PreviousOutcome)).Append("</td><td>").Append(OutcomeBadge(change.Outcome)).Append("</td>");
            html.Append("<td class=\"num\">").Append(change.DaysFailing > 0 ? T("Report_Days", change.DaysFailing) : "–").Append("</td>");
            html.Append("<td>").Append(Codes(change.ReasonCodes)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private void AtRisk()
    {
        html.Append("<section class=\"panel\" data-testid=\"at-risk\"><h3>").Append(T("Report_Section_AtRisk", Percent(family.Margin))).Append("</h3>");
        if (family.AtRisk.Count == 0)
        {
            None("Report_AtRisk_None");
            html.Append("</section>\n");
            return;
        }

        var shown = family.AtRisk.Take(MaxRows).ToList();
        AtRiskTable(shown.Take(AtRiskShown));
        if (shown.Count > AtRiskShown)
        {
            html.Append("<details class=\"rest\"><summary>").Append(T("Report_AtRisk_Rest", Count(shown.Count - AtRiskShown))).Append("</summary>");
            AtRiskTable(shown.Skip(AtRiskShown));
            html.Append("</details>");
        }

        More(family.AtRisk.Count);
        html.Append("</section>\n");
    }

    private void AtRiskTable(IEnumerable<AtRiskCondition> rows)
    {
        TableHead(AtRiskColumns);
        foreach (var risk in rows)
        {
            html.Append("<tr data-testid=\"at-risk-row\" data-subject=\"").Append(Attr(risk.SubjectId)).Append("\" data-code=\"").Append(Attr(risk.Code)).Append("\">");
            SubjectCell(risk.SubjectId);
            html.Append("<td><code>").Append(Text(risk.Field)).Append("</code></td>");
            html.Append("<td class=\"num\">").Append(Text(TraceEntry.FormatValue(risk.Observed))).Append("</td>");
            html.Append("<td class=\"num\">").Append(Text(risk.Operator + " " + TraceEntry.FormatValue(risk.Threshold))).Append("</td>");
            html.Append("<td class=\"num gap\" data-value=\"").Append(risk.Distance.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Text(TraceEntry.FormatValue(risk.Distance))).Append(GapBar(risk)).Append("</td>");
            html.Append("<td><code>").Append(Text(risk.Code)).Append("</code></td><td>").Append(OutcomeBadge(risk.Outcome)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private void Metrics()
    {
        html.Append("<section class=\"panel\" data-testid=\"metrics\"><h3>").Append(T("Report_Section_Metrics")).Append("</h3>");
        var metrics = family.Metrics.GroupBy(m => (m.Field, m.Operator))
            .OrderByDescending(g => g.Count(m => !m.Passed)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Field, StringComparer.Ordinal)
            .Take(TopMetrics).ToList();
        if (metrics.Count == 0)
        {
            None("Report_Metrics_None");
            html.Append("</section>\n");
            return;
        }

        var words = new HistogramText(string.Empty, ToolText.Get(culture, "Report_Legend_Passed"), ToolText.Get(culture, "Report_Legend_Failed"), ToolText.Get(culture, "Report_Legend_Threshold"));
        html.Append("<div class=\"histograms\">");
        foreach (var metric in metrics)
        {
            var thresholds = metric.Select(m => m.Threshold).Distinct().Order().ToList();
            var failing = metric.Count(m => !m.Passed);
            var thresholdText = metric.Key.Operator + " " + string.Join(" / ", thresholds.Select(t => TraceEntry.FormatValue(t)));
            html.Append("<figure class=\"histogram\" data-testid=\"metric\" data-field=\"").Append(Attr(metric.Key.Field)).Append("\" data-values=\"")
                .Append(metric.Count().ToString(CultureInfo.InvariantCulture)).Append("\" data-failing=\"").Append(failing.ToString(CultureInfo.InvariantCulture)).Append("\">");
            html.Append("<h4><code>").Append(Text(metric.Key.Field)).Append("</code></h4>");
            html.Append(SvgCharts.Histogram(
                metric.Select(m => ((double)m.Observed, m.Passed)).ToList(),
                thresholds.Select(t => (double)t).ToList(),
                words with { AriaLabel = ToolText.Get(culture, "Report_Metric_Aria", metric.Key.Field) },
                "histogram"));
            html.Append("<figcaption>").Append(T("Report_Metric_Caption", Count(metric.Count()), Count(failing), thresholdText)).Append("</figcaption></figure>");
        }

        html.Append("</div><p class=\"legend\">");
        Swatch(ToneColors.Pass, Text(words.Passed));
        Swatch(ToneColors.Fail, Text(words.Failed));
        html.Append("<span><i class=\"dash\"></i>").Append(Text(words.Threshold)).Append("</span></p></section>\n");
    }

    /// <summary>A table's opening and header row.</summary>
    private void TableHead(IEnumerable<Column> columns, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Append("<thead><tr>");
        foreach (var column in columns)
        {
            html.Append(column.Numeric ? "<th class=\"num\">" : "<th>").Append(T(column.Key)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
    }

    /// <summary>A subject's cell: its id, and under it its name when the stored snapshot has one.</summary>
    private void SubjectCell(string subject)
    {
        html.Append("<td class=\"subject\"><span class=\"id\">").Append(Text(subject)).Append("</span>");
        if (family.Names.TryGetValue(subject, out var name))
        {
            html.Append("<span class=\"name\">").Append(Text(name)).Append("</span>");
        }

        html.Append("</td>");
    }

    /// <summary>A bar under the gap: full when the value is at the margin's edge, empty at the threshold.</summary>
    private string GapBar(AtRiskCondition risk)
    {
        var room = family.Margin * Math.Abs(risk.Threshold);
        var share = room == 0 ? 0 : (double)Math.Clamp(risk.Distance / room, 0, 1);
        return "<div class=\"meter meter-risk\"><i style=\"width:" + Num(100 * share) + "%\"></i></div>";
    }

    private string OutcomeBadge(string? outcome)
    {
        if (outcome is null)
        {
            return "–";
        }

        var kind = family.Outcomes.FirstOrDefault(o => string.Equals(o.Name, outcome, StringComparison.OrdinalIgnoreCase));
        var color = kind is null ? ToneColors.Indeterminate : ToneColors.Of(kind, family.Outcomes);
        return "<span class=\"badge\" style=\"border-color:" + color + ";color:" + color + "\">" + Text(kind?.Label ?? outcome) + "</span>";
    }

    private static string Codes(IReadOnlyList<string> codes)
        => codes.Count == 0 ? "–" : string.Join(" ", codes.Select(c => "<code>" + Text(c) + "</code>"));

    private void Swatch(string color, string escapedLabel)
        => html.Append("<span><i style=\"background:").Append(color).Append("\"></i>").Append(escapedLabel).Append("</span>");

    private void None(string key) => html.Append("<p class=\"none\">").Append(T(key)).Append("</p>");

    private void More(int count)
    {
        if (count > MaxRows)
        {
            html.Append("<p class=\"more\">").Append(T("Report_More_Rows", Count(count - MaxRows))).Append("</p>");
        }
    }

    /// <summary>The label of a kind of change, escaped.</summary>
    private string ChangeLabel(ChangeKind kind) => kind switch
    {
        ChangeKind.NewlyFailing => T("Report_Change_NewlyFailing"),
        ChangeKind.Recovered => T("Report_Change_Recovered"),
        ChangeKind.StillFailing => T("Report_Change_StillFailing"),
        ChangeKind.NewFailing => T("Report_Change_NewFailing"),
        _ => T("Report_Change_Gone"),
    };

    /// <summary>The text <paramref name="key"/> in the report's language, escaped.</summary>
    private string T(string key, params object?[] args) => Text(ToolText.Get(culture, key, args));

    private static string Percent(decimal fraction) => fraction.ToString("0.##%", CultureInfo.InvariantCulture);
}

/// <summary>A column of a table: its heading's text key, and whether it holds numbers (right-aligned).</summary>
/// <param name="Key">The heading's key in the tool's catalog.</param>
/// <param name="Numeric">True for a column of numbers.</param>
internal sealed record Column(string Key, bool Numeric = false);
