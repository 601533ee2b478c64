using System.Globalization;
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

        var (start, binWidth, binCount) = Bins(values.Select(v => v.Value), low, high, thresholds, bins);
        var span = binWidth * binCount;
        var passed = new int[binCount];
        var failed = new int[binCount];
        foreach (var (value, pass) in values)
        {
            var bin = Math.Clamp((int)Math.Floor((value - start) / binWidth), 0, binCount - 1);
            (pass ? passed : failed)[bin]++;
        }

        low = start;
        bins = binCount;
        var max = NiceCeiling(Enumerable.Range(0, bins).Max(i => passed[i] + failed[i]));
        var svg = Open(width, height, text.AriaLabel, testId);
        var plotTop = Top + 10;
        Gridlines(svg, max, AxisLeft, width - Right, plotTop, plotHeight);
        var barWidth = plotWidth / bins;
        for (var i = 0; i < bins; i++)
        {
            var x = AxisLeft + (barWidth * i) + 1;
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
                svg.Append($"<rect x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(Math.Max(1, barWidth - 2))}\" height=\"{Num(h)}\" fill=\"{color}\"><title>{Text($"{Value(from)} – {Value(to)}: {count} {label}")}</title></rect>");
            }
        }

        foreach (var threshold in thresholds.Distinct())
        {
            var x = AxisLeft + (plotWidth * (threshold - low) / span);
            svg.Append($"<line class=\"threshold\" x1=\"{Num(x)}\" x2=\"{Num(x)}\" y1=\"{Num(plotTop - 4)}\" y2=\"{Num(plotTop + plotHeight)}\" stroke=\"{ToneColors.Fail}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"><title>{Text(text.Threshold + " " + Value(threshold))}</title></line>");
            svg.Append($"<text class=\"threshold-label\" x=\"{Num(x)}\" y=\"{Num(plotTop - 7)}\" text-anchor=\"middle\">{Text(Value(threshold))}</text>");
        }

        svg.Append($"<text class=\"axis\" x=\"{Num(AxisLeft)}\" y=\"{Num(height - 9)}\" text-anchor=\"start\">{Text(Value(low))}</text>");
        svg.Append($"<text class=\"axis\" x=\"{Num(width - Right)}\" y=\"{Num(height - 9)}\" text-anchor=\"end\">{Text(Value(low + span))}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The bins of a histogram: width and start chosen so that the (first) threshold is a bin edge, whole numbers get
    /// bins of 1 when their range is small (openings used: 0, 1, 2, 3), and every value falls in a bin.
    /// </summary>
    internal static (double Start, double Width, int Count) Bins(IEnumerable<double> values, double low, double high, IReadOnlyList<double> thresholds, int bins)
    {
        var whole = values.All(v => Math.Abs(v - Math.Round(v)) < 1e-9) && thresholds.All(t => Math.Abs(t - Math.Round(t)) < 1e-9);
        var width = whole && high - low <= 2 * bins ? 1 : (high - low) / bins;
        var start = thresholds.Count > 0 ? thresholds[0] - (Math.Ceiling(((thresholds[0] - low) / width) - 1e-9) * width) : low;
        var count = Math.Max(1, (int)Math.Floor(((high - start) / width) + 1e-9) + 1);
        return (start, width, count);
    }

    /// <summary>The top of a count axis with four round steps (each 1, 2 or 5 × 10ⁿ): 4 for 0 to 4, 8 for 7, 200 for 180.</summary>
    internal static double NiceCeiling(double value) => 4 * RoundStep(value / 4);

    private static double RoundStep(double value)
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

    /// <summary>An axis value: up to three decimals; large ones shortened (12.5K, 103.36M).</summary>
    internal static string Value(double value) => Math.Abs(value) switch
    {
        >= 1e9 => (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + "G",
        >= 1e6 => (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 1e4 => (value / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "K",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };

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
