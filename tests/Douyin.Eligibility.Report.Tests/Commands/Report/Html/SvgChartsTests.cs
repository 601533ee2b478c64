using Douyin.Eligibility.Tool.Commands.Report.Html;

namespace Douyin.Eligibility.Report.Tests.Commands.Report.Html;

public sealed class SvgChartsTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(7, 8)]
    [InlineData(180, 200)]
    [InlineData(252, 400)]
    public void NiceCeiling_Count_FourRoundSteps(double value, double expected)
        => SvgCharts.NiceCeiling(value).Should().Be(expected);

    [Fact]
    public void Bins_Threshold_IsABinEdge()
    {
        var (start, width, count) = SvgCharts.Bins([2.8, 4.9], 2.8, 4.9, [3.5], 12);

        var edges = Enumerable.Range(0, count + 1).Select(i => Math.Round(start + (i * width), 9)).ToList();
        edges.Should().Contain(3.5);
        start.Should().BeLessThanOrEqualTo(2.8);
        (start + (count * width)).Should().BeGreaterThan(4.9);
    }

    [Fact]
    public void Bins_SmallWholeNumbers_OneBinPerNumber()
    {
        var (start, width, count) = SvgCharts.Bins([0, 1, 2, 3], 0, 3, [3], 12);

        (start, width, count).Should().Be((0d, 1d, 4));
    }

    [Fact]
    public void Histogram_OneValue_DrawsItWithTheThreshold()
    {
        var svg = SvgCharts.Histogram([(5.0, true)], [5.0], new HistogramText("a", "passed", "failed", "threshold"), "h");

        svg.Should().Contain("<rect").And.Contain("class=\"threshold\"");
    }

    [Theory]
    [InlineData(0.75, "0.75")]
    [InlineData(12_345, "12.3K")]
    [InlineData(103_357_936, "103.36M")]
    public void Value_Large_Shortened(double value, string expected) => SvgCharts.Value(value).Should().Be(expected);
}
