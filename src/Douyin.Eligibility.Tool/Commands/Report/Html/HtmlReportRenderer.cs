using System.Globalization;
using System.Text;
using Douyin.Eligibility.History.Queries;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Commands.Report.Model;
using static Douyin.Eligibility.Tool.Commands.Report.Html.Markup;

namespace Douyin.Eligibility.Tool.Commands.Report.Html;

/// <summary>
/// Renders a <see cref="DailyReportModel"/> as one self-contained HTML document: inline CSS and SVG, no script, no font,
/// no request (a Content-Security-Policy of <c>default-src 'none'</c> says so to the browser). Every value is escaped.
/// Counts and rows carry <c>data-testid</c> (and <c>data-value</c>, the plain number) so tests can read the DOM;
/// docs/report.md lists them.
/// </summary>
internal static class HtmlReportRenderer
{
    /// <summary>Rows shown per list; the counts are always the full ones.</summary>
    internal const int MaxRows = 200;

    /// <summary>At-risk rows shown open (the nearest); the others, up to <see cref="MaxRows"/>, are folded under them.</summary>
    internal const int AtRiskShown = 20;

    /// <summary>Reasons shown per family.</summary>
    internal const int TopReasons = 10;

    /// <summary>Metrics shown per family (those with the most failing values first).</summary>
    internal const int TopMetrics = 6;

    /// <summary>Days shown in the charts (the latest ones).</summary>
    internal const int MaxDays = 30;

    private static readonly ChangeKind[] ChangeOrder = [ChangeKind.NewlyFailing, ChangeKind.Recovered, ChangeKind.NewFailing, ChangeKind.StillFailing, ChangeKind.Gone];

    /// <summary>The report as HTML in <paramref name="culture"/>'s language (zh-CN or English).</summary>
    public static string Render(DailyReportModel model, CultureInfo culture)
    {
        var html = new StringBuilder(64 * 1024);
        var title = ToolText.Get(culture, "Report_Title");
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(culture.IsChinese() ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Text(title)).Append("</title>\n<style>").Append(ReportStyles.Css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header class=\"report-header\"><h1>").Append(Text(title)).Append("</h1><p class=\"meta\">");
        html.Append(Text(ToolText.Get(culture, "Report_Meta", model.StoreLocation, model.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
        if (model.RequestedAsOf is { } requested)
        {
            html.Append(" · ").Append(Text(ToolText.Get(culture, "Report_AsOfRequested", Day(requested))));
        }

        html.Append("</p>");
        if (model.Families.Count > 1)
        {
            html.Append("<nav class=\"toc\"><span>").Append(Text(ToolText.Get(culture, "Report_Contents"))).Append("</span>");
            foreach (var family in model.Families)
            {
                html.Append("<a href=\"#").Append(Attr(Anchor(family.Family))).Append("\">").Append(Text(family.Family)).Append("</a>");
            }

            html.Append("</nav>");
        }

        html.Append("</header>\n<main>\n");
        if (model.Families.Count == 0)
        {
            html.Append("<p class=\"empty\" data-testid=\"empty-store\">").Append(Text(ToolText.Get(culture, "Report_Empty"))).Append("</p>\n");
        }

        foreach (var family in model.Families)
        {
            new FamilySection(html, family, culture).Write();
        }

        html.Append("</main>\n<footer>").Append(Text(ToolText.Get(culture, "Report_Footer", MaxRows))).Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The element id of a family's section.</summary>
    internal static string Anchor(string family) => "family-" + new string(family.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private sealed class FamilySection(StringBuilder html, FamilyReport family, CultureInfo culture)
    {
        private readonly IReadOnlyList<DateOnly> _days = family.Dates.TakeLast(MaxDays).ToList();

        public void Write()
        {
            html.Append("<section class=\"family\" id=\"").Append(Attr(Anchor(family.Family))).Append("\" data-testid=\"family\" data-family=\"").Append(Attr(family.Family)).Append("\">\n");
            html.Append("<h2>").Append(Text(family.Family)).Append("</h2><p class=\"sub\">");
            var hash = family.RuleSetHash.Length > 12 ? family.RuleSetHash[..12] : family.RuleSetHash;
            html.Append(Text(family.PreviousAsOf is { } previous
                ? ToolText.Get(culture, "Report_Family_Sub", Day(family.AsOf), Day(previous), hash, Count(family.Decisions))
                : ToolText.Get(culture, "Report_Family_SubFirst", Day(family.AsOf), hash, Count(family.Decisions))));
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

                html.Append("<div class=\"card\" style=\"border-top-color:").Append(ToneColors.Of(outcome, family.Outcomes)).Append("\" data-testid=\"outcome-count\" data-outcome=\"").Append(Attr(outcome.Name)).Append("\">");
                html.Append("<span class=\"card-label\">").Append(Text(outcome.Label)).Append("</span>");
                html.Append("<span class=\"card-value\" data-testid=\"outcome-count-value\" data-value=\"").Append(today.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Count(today)).Append("</span>");
                if (family.PreviousAsOf is { } previous)
                {
                    html.Append("<span class=\"card-note\">").Append(Text(ToolText.Get(culture, "Report_Card_Delta", Delta(today - family.Count(previous, outcome.Name))))).Append("</span>");
                }

                html.Append("</div>");
            }

            foreach (var kind in new[] { ChangeKind.NewlyFailing, ChangeKind.Recovered })
            {
                var count = family.Changes.Count(c => c.Kind == kind);
                html.Append("<div class=\"card card-").Append(kind == ChangeKind.Recovered ? "up" : "down").Append("\" data-testid=\"change-count\" data-kind=\"").Append(kind).Append("\">");
                html.Append("<span class=\"card-label\">").Append(Text(ToolText.Get(culture, "Report_Change_" + kind))).Append("</span>");
                html.Append("<span class=\"card-value\" data-value=\"").Append(count.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Count(count)).Append("</span></div>");
            }

            var subjects = family.AtRisk.Select(a => a.SubjectId).Distinct(StringComparer.Ordinal).Count();
            html.Append("<div class=\"card card-risk\" data-testid=\"at-risk-count\" data-conditions=\"").Append(family.AtRisk.Count.ToString(CultureInfo.InvariantCulture)).Append("\">");
            html.Append("<span class=\"card-label\">").Append(Text(ToolText.Get(culture, "Report_Card_AtRisk"))).Append("</span>");
            html.Append("<span class=\"card-value\" data-value=\"").Append(subjects.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Count(subjects)).Append("</span>");
            html.Append("<span class=\"card-note\">").Append(Text(ToolText.Get(culture, "Report_Card_AtRiskNote", family.AtRisk.Count, Percent(family.Margin)))).Append("</span></div>");
            html.Append("</div>\n");
        }

        private void OutcomeChart()
        {
            html.Append("<figure class=\"panel\" data-testid=\"outcome-chart\"><h3>").Append(Text(ToolText.Get(culture, "Report_Section_Outcomes"))).Append("</h3>");
            var bars = _days.Select(day => (IReadOnlyList<BarSegment>)family.Outcomes
                .Select(o => new BarSegment(family.Count(day, o.Name), ToneColors.Of(o, family.Outcomes), $"{Day(day)} · {o.Label}: {Count(family.Count(day, o.Name))}"))
                .ToList()).ToList();
            html.Append(SvgCharts.StackedBars(_days.Select(d => d.ToString("MM-dd", CultureInfo.InvariantCulture)).ToList(), bars, ToolText.Get(culture, "Report_Outcomes_Aria"), "outcome-bars"));
            html.Append("<figcaption class=\"legend\">");
            foreach (var outcome in family.Outcomes.Where(o => _days.Any(d => family.Count(d, o.Name) > 0)))
            {
                html.Append("<span><i style=\"background:").Append(ToneColors.Of(outcome, family.Outcomes)).Append("\"></i>").Append(Text(outcome.Label)).Append("</span>");
            }

            html.Append("</figcaption></figure>");
        }

        private void Reasons()
        {
            html.Append("<section class=\"panel\" data-testid=\"reasons\"><h3>").Append(Text(ToolText.Get(culture, "Report_Section_Reasons"))).Append("</h3>");
            var top = family.ReasonCounts.Where(r => r.AsOf == family.AsOf).OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal).Take(TopReasons).ToList();
            if (top.Count == 0)
            {
                html.Append("<p class=\"none\">").Append(Text(ToolText.Get(culture, "Report_Reasons_None"))).Append("</p></section>");
                return;
            }

            var max = top.Max(r => r.Count);
            html.Append("<table class=\"reasons\"><thead><tr><th>").Append(Text(ToolText.Get(culture, "Report_Column_Code"))).Append("</th><th>")
                .Append(Text(ToolText.Get(culture, "Report_Column_Trend"))).Append("</th><th class=\"num\">").Append(Text(ToolText.Get(culture, "Report_Column_Today")))
                .Append("</th><th class=\"num\">").Append(Text(ToolText.Get(culture, "Report_Column_Delta"))).Append("</th></tr></thead><tbody>");
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
            html.Append("<section class=\"panel\" data-testid=\"changes\"><h3>");
            if (family.PreviousAsOf is not { } previous)
            {
                html.Append(Text(ToolText.Get(culture, "Report_Section_Changes", "–"))).Append("</h3><p class=\"none\">").Append(Text(ToolText.Get(culture, "Report_Changes_First"))).Append("</p></section>\n");
                return;
            }

            html.Append(Text(ToolText.Get(culture, "Report_Section_Changes", Day(previous)))).Append("</h3><div class=\"chips\">");
            foreach (var kind in ChangeOrder)
            {
                var count = family.Changes.Count(c => c.Kind == kind);
                html.Append("<span class=\"chip chip-").Append(kind).Append("\">").Append(Text(ToolText.Get(culture, "Report_Change_" + kind))).Append(" <b>").Append(Count(count)).Append("</b></span>");
            }

            html.Append("</div>");
            var flips = family.Changes.Where(c => c.Kind != ChangeKind.StillFailing).OrderBy(c => Array.IndexOf(ChangeOrder, c.Kind)).ThenBy(c => c.SubjectId, StringComparer.Ordinal).ToList();
            var still = family.Changes.Where(c => c.Kind == ChangeKind.StillFailing).OrderByDescending(c => c.DaysFailing).ThenBy(c => c.SubjectId, StringComparer.Ordinal).ToList();
            if (flips.Count == 0)
            {
                html.Append("<p class=\"none\">").Append(Text(ToolText.Get(culture, "Report_Changes_None"))).Append("</p>");
            }
            else
            {
                ChangeTable(flips);
            }

            if (still.Count > 0)
            {
                html.Append("<details class=\"rest\"><summary>").Append(Text(ToolText.Get(culture, "Report_Changes_StillFailing", Count(still.Count)))).Append("</summary>");
                ChangeTable(still);
                html.Append("</details>");
            }

            html.Append("</section>\n");
        }

        private void ChangeTable(IReadOnlyList<SubjectChange> rows)
        {
            html.Append("<table><thead><tr>");
            foreach (var column in new[] { "Report_Column_Subject", "Report_Column_Change", "Report_Column_Previous", "Report_Column_Now", "Report_Column_DaysFailing", "Report_Column_Reasons" })
            {
                html.Append(column == "Report_Column_DaysFailing" ? "<th class=\"num\">" : "<th>").Append(Text(ToolText.Get(culture, column))).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var change in rows.Take(MaxRows))
            {
                html.Append("<tr data-testid=\"change-row\" data-kind=\"").Append(change.Kind).Append("\" data-subject=\"").Append(Attr(change.SubjectId)).Append("\">");
                html.Append("<td class=\"subject\">").Append(Text(change.SubjectId)).Append("</td>");
                html.Append("<td><span class=\"chip chip-").Append(change.Kind).Append("\">").Append(Text(ToolText.Get(culture, "Report_Change_" + change.Kind))).Append("</span></td>");
                html.Append("<td>").Append(OutcomeBadge(change.PreviousOutcome)).Append("</td><td>").Append(OutcomeBadge(change.Outcome)).Append("</td>");
                html.Append("<td class=\"num\">").Append(change.DaysFailing > 0 ? Text(ToolText.Get(culture, "Report_Days", change.DaysFailing)) : "–").Append("</td>");
                html.Append("<td>").Append(Codes(change.ReasonCodes)).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
            More(rows.Count);
        }

        private void AtRisk()
        {
            html.Append("<section class=\"panel\" data-testid=\"at-risk\"><h3>").Append(Text(ToolText.Get(culture, "Report_Section_AtRisk", Percent(family.Margin)))).Append("</h3>");
            if (family.AtRisk.Count == 0)
            {
                html.Append("<p class=\"none\">").Append(Text(ToolText.Get(culture, "Report_AtRisk_None"))).Append("</p></section>\n");
                return;
            }

            var shown = family.AtRisk.Take(MaxRows).ToList();
            AtRiskTable(shown.Take(AtRiskShown));
            if (shown.Count > AtRiskShown)
            {
                html.Append("<details class=\"rest\"><summary>").Append(Text(ToolText.Get(culture, "Report_AtRisk_Rest", Count(shown.Count - AtRiskShown)))).Append("</summary>");
                AtRiskTable(shown.Skip(AtRiskShown));
                html.Append("</details>");
            }

            More(family.AtRisk.Count);
            html.Append("</section>\n");
        }

        private void AtRiskTable(IEnumerable<AtRiskCondition> rows)
        {
            html.Append("<table><thead><tr>");
            foreach (var column in new[] { "Report_Column_Subject", "Report_Column_Field", "Report_Column_Observed", "Report_Column_Threshold", "Report_Column_Gap", "Report_Column_Code", "Report_Column_Outcome" })
            {
                html.Append(column is "Report_Column_Observed" or "Report_Column_Threshold" or "Report_Column_Gap" ? "<th class=\"num\">" : "<th>").Append(Text(ToolText.Get(culture, column))).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var risk in rows)
            {
                html.Append("<tr data-testid=\"at-risk-row\" data-subject=\"").Append(Attr(risk.SubjectId)).Append("\" data-code=\"").Append(Attr(risk.Code)).Append("\">");
                html.Append("<td class=\"subject\">").Append(Text(risk.SubjectId)).Append("</td><td><code>").Append(Text(risk.Field)).Append("</code></td>");
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
            html.Append("<section class=\"panel\" data-testid=\"metrics\"><h3>").Append(Text(ToolText.Get(culture, "Report_Section_Metrics"))).Append("</h3>");
            var metrics = family.Metrics.GroupBy(m => (m.Field, m.Operator))
                .OrderByDescending(g => g.Count(m => !m.Passed)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Field, StringComparer.Ordinal)
                .Take(TopMetrics).ToList();
            if (metrics.Count == 0)
            {
                html.Append("<p class=\"none\">").Append(Text(ToolText.Get(culture, "Report_Metrics_None"))).Append("</p></section>\n");
                return;
            }

            html.Append("<div class=\"histograms\">");
            var words = (Passed: ToolText.Get(culture, "Report_Legend_Passed"), Failed: ToolText.Get(culture, "Report_Legend_Failed"), Threshold: ToolText.Get(culture, "Report_Legend_Threshold"));
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
                    new HistogramText(ToolText.Get(culture, "Report_Metric_Aria", metric.Key.Field), words.Passed, words.Failed, words.Threshold),
                    "histogram"));
                html.Append("<figcaption>").Append(Text(ToolText.Get(culture, "Report_Metric_Caption", Count(metric.Count()), Count(failing), thresholdText))).Append("</figcaption></figure>");
            }

            html.Append("</div><p class=\"legend\"><span><i style=\"background:").Append(ToneColors.Pass).Append("\"></i>").Append(Text(words.Passed))
                .Append("</span><span><i style=\"background:").Append(ToneColors.Fail).Append("\"></i>").Append(Text(words.Failed))
                .Append("</span><span><i class=\"dash\"></i>").Append(Text(words.Threshold)).Append("</span></p></section>\n");
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

        private void More(int count)
        {
            if (count > MaxRows)
            {
                html.Append("<p class=\"more\">").Append(Text(ToolText.Get(culture, "Report_More_Rows", Count(count - MaxRows)))).Append("</p>");
            }
        }

        private static string Percent(decimal fraction) => fraction.ToString("0.##%", CultureInfo.InvariantCulture);
    }
}
