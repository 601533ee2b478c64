using System.Text;
using static Douyin.Eligibility.Tool.Commands.Report.Html.Markup;

namespace Douyin.Eligibility.Tool.Commands.Report.Html;

/// <summary>One segment of a stacked bar: its value, colour and tooltip.</summary>
/// <param name="Value">The value (≥ 0).</param>
/// <param name="Color">The fill colour.</param>
/// <param name="Title">The tooltip (a &lt;title&gt;, shown on hover, read by screen readers).</param>
internal readonly record struct BarSegment(double Value, string Color, string Title);

/// <summary>
/// The report's charts as inline SVG, drawn here (no script, no library): stacked bars over days, a sparkline, and a
/// histogram with threshold lines. Every text is escaped; every coordinate is written in the invariant culture.
/// </summary>
internal static class SvgCharts
{
    private const double AxisLeft = 44, AxisBottom = 28, Top = 12, Right = 8;

    /// <summary>Stacked bars, one per label (a day), segments bottom up; gridlines at round values.</summary>
    public static string StackedBars(IReadOnlyList<string> labels, IReadOnlyList<IReadOnlyList<BarSegment>> bars, string ariaLabel, string testId)
    {
        const double width = 640, height = 240;
        var plotWidth = width - AxisLeft - Right;
        var plotHeight = height - AxisBottom - Top;
        var max = NiceCeiling(bars.Count == 0 ? 0 : bars.Max(b => b.Sum(s => s.Value)));
        var svg = Open(width, height, ariaLabel, testId);
        Gridlines(svg, max, AxisLeft, width - Right, Top, plotHeight);
        var slot = plotWidth / Math.Max(1, bars.Count);
        var barWidth = Math.Min(56, slot * 0.7);
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 12.0));
        for (var i = 0; i < bars.Count; i++)
        {
            var x = AxisLeft + (slot * i) + ((slot - barWidth) / 2);
            var y = Top + plotHeight;
            svg.Append("<g class=\"bar\">");
            foreach (var segment in bars[i].Where(s => s.Value > 0))
            {
                var h = plotHeight * segment.Value / max;
                y -= h;
                svg.Append($"<rect x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(barWidth)}\" height=\"{Num(h)}\" fill=\"{Attr(segment.Color)}\"><title>{Text(segment.Title)}</title></rect>");
            }

            var total = bars[i].Sum(s => s.Value);
            svg.Append($"<text class=\"bar-total\" x=\"{Num(x + (barWidth / 2))}\" y=\"{Num(y - 3)}\" text-anchor=\"middle\">{Text(Count((long)total))}</text></g>");
            if (i % labelEvery == 0 || i == bars.Count - 1)
            {
                svg.Append($"<text class=\"axis\" x=\"{Num(x + (barWidth / 2))}\" y=\"{Num(height - 9)}\" text-anchor=\"middle\">{Text(labels[i])}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A small line of <paramref name="values"/> (oldest first), its last point marked.</summary>
    public static string Sparkline(IReadOnlyList<long> values, string color, string ariaLabel)
    {
        const double width = 120, height = 28, pad = 3;
        var svg = Open(width, height, ariaLabel, testId: null, cssClass: "spark");
        if (values.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        var max = Math.Max(1, values.Max());
        var step = values.Count == 1 ? 0 : (width - (2 * pad)) / (values.Count - 1);
        var points = values.Select((v, i) => (X: values.Count == 1 ? width / 2 : pad + (step * i), Y: height - pad - ((height - (2 * pad)) * v / max))).ToList();
        svg.Append($"<polyline fill=\"none\" stroke=\"{Attr(color)}\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"{string.Join(' ', points.Select(p => Num(p.X) + "," + Num(p.Y)))}\"/>");
        svg.Append($"<circle cx=\"{Num(points[^1].X)}\" cy=\"{Num(points[^1].Y)}\" r=\"3\" fill=\"{Attr(color)}\"/>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// A histogram of <paramref name="values"/> in <paramref name="bins"/> equal bins over their range (and the thresholds'),
    /// each bar split into passing (bottom) and failing values, with a dashed line at each threshold.
    /// </summary>
    public static string Histogram(IReadOnlyList<(double Value, bool Passed)> values, IReadOnlyList<double> thresholds, HistogramText text, string testId, int bins = 12)
    {
        const double width = 320, height = 170;
        var plotWidth = width - AxisLeft - Right;
        var plotHeight = height - AxisBottom - Top - 10;
        var low = Math.Min(values.Min(v => v.Value), thresholds.DefaultIfEmpty(double.MaxValue).Min());
        var high = Math.Max(values.Max(v => v.Value), thresholds.DefaultIfEmpty(double.MinValue).Max());
        if (high - low < 1e-9)
        {
            (low, high) = (low - 1, high + 1);
        }

        var span = high - low;
        var passed = new int[bins];
        var failed = new int[bins];
        foreach (var (value, pass) in values)
        {
            var bin = Math.Clamp((int)((value - low) / span * bins), 0, bins - 1);
            (pass ? passed : failed)[bin]++;
        }

        var max = NiceCeiling(Enumerable.Range(0, bins).Max(i => passed[i] + failed[i]));
        var svg = Open(width, height, text.AriaLabel, testId);
        var plotTop = Top + 10;
        Gridlines(svg, max, AxisLeft, width - Right, plotTop, plotHeight);
        var binWidth = plotWidth / bins;
        for (var i = 0; i < bins; i++)
        {
            var x = AxisLeft + (binWidth * i) + 1;
            var from = low + (span * i / bins);
            var to = low + (span * (i + 1) / bins);
            var y = plotTop + plotHeight;
            foreach (var (count, color, label) in new[] { (passed[i], ToneColors.Pass, text.Passed), (failed[i], ToneColors.Fail, text.Failed) })
            {
                if (count == 0)
                {
                    continue;
                }

                var h = plotHeight * count / max;
                y -= h;
                svg.Append($"<rect x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(binWidth - 2)}\" height=\"{Num(h)}\" fill=\"{color}\"><title>{Text($"{Value(from)} – {Value(to)}: {count} {label}")}</title></rect>");
            }
        }

        foreach (var threshold in thresholds.Distinct())
        {
            var x = AxisLeft + (plotWidth * (threshold - low) / span);
            svg.Append($"<line class=\"threshold\" x1=\"{Num(x)}\" x2=\"{Num(x)}\" y1=\"{Num(plotTop - 4)}\" y2=\"{Num(plotTop + plotHeight)}\" stroke=\"{ToneColors.Fail}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"><title>{Text(text.Threshold + " " + Value(threshold))}</title></line>");
            svg.Append($"<text class=\"threshold-label\" x=\"{Num(x)}\" y=\"{Num(plotTop - 7)}\" text-anchor=\"middle\">{Text(Value(threshold))}</text>");
        }

        svg.Append($"<text class=\"axis\" x=\"{Num(AxisLeft)}\" y=\"{Num(height - 9)}\" text-anchor=\"start\">{Text(Value(low))}</text>");
        svg.Append($"<text class=\"axis\" x=\"{Num(width - Right)}\" y=\"{Num(height - 9)}\" text-anchor=\"end\">{Text(Value(high))}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The smallest round number (1, 2 or 5 × 10ⁿ) at or above <paramref name="value"/>; 1 for 0.</summary>
    internal static double NiceCeiling(double value)
    {
        if (value <= 1)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Value(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static StringBuilder Open(double width, double height, string ariaLabel, string? testId, string cssClass = "chart")
    {
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"{cssClass}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Num(width)} {Num(height)}\" role=\"img\" aria-label=\"{Attr(ariaLabel)}\"");
        if (testId is not null)
        {
            svg.Append($" data-testid=\"{Attr(testId)}\"");
        }

        return svg.Append('>');
    }

    private static void Gridlines(StringBuilder svg, double max, double left, double right, double top, double plotHeight)
    {
        for (var i = 0; i <= 4; i++)
        {
            var y = top + plotHeight - (plotHeight * i / 4);
            svg.Append($"<line class=\"grid\" x1=\"{Num(left)}\" x2=\"{Num(right)}\" y1=\"{Num(y)}\" y2=\"{Num(y)}\"/>");
            svg.Append($"<text class=\"axis\" x=\"{Num(left - 6)}\" y=\"{Num(y + 4)}\" text-anchor=\"end\">{Text(Value(max * i / 4))}</text>");
        }
    }
}

/// <summary>The words of a histogram, in the report's language.</summary>
/// <param name="AriaLabel">What the chart shows, for screen readers.</param>
/// <param name="Passed">"passed".</param>
/// <param name="Failed">"failed".</param>
/// <param name="Threshold">"threshold".</param>
internal sealed record HistogramText(string AriaLabel, string Passed, string Failed, string Threshold);
