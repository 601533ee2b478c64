using System.Globalization;
using System.Text;
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
}
