using Douyin.Eligibility.Decisions;

namespace Douyin.Eligibility.Tests.Decisions;

public class ScorecardTests
{
    [Fact]
    public void Totals_SeveralCriteria_AreSumsOverCriteria()
    {
        var card = new Scorecard([Criterion("A", 20, 40, 40), Criterion("B", 15, 30, 15), Criterion("C", 0, 30, 0)], 60m);

        (card.Total, card.MaxTotal, card.PossibleTotal).Should().Be((35m, 100m, 55m));
    }

    [Theory]
    [InlineData(60, 60, false, true, false)]
    [InlineData(59.5, 59.5, false, false, false)]
    [InlineData(30, 70, false, false, true)]
    [InlineData(30, 60, false, false, true)]
    [InlineData(0, 0, true, true, false)]
    public void Passed_TotalAgainstPassMark_DecidesPassedOrIndeterminate(double points, double possible, bool zeroPassMark, bool passed, bool indeterminate)
    {
        var card = new Scorecard([Criterion("A", (decimal)points, 100m, (decimal)possible)], zeroPassMark ? 0m : 60m);

        (card.Passed, card.IsIndeterminate).Should().Be((passed, indeterminate));
    }

    [Fact]
    public void Totals_NoCriteria_AreZero()
    {
        var card = new Scorecard([], 10m);

        (card.Total, card.MaxTotal, card.Passed, card.IsIndeterminate).Should().Be((0m, 0m, false, false));
    }

    [Theory]
    [InlineData("CtrLow", "ClickThroughRate: 20/40 (CtrLow)")]
    [InlineData(null, "ClickThroughRate: 20/40")]
    public void CriterionToString_Band_IsShownWhenReached(string? band, string expected)
        => new ScorecardCriterion("ClickThroughRate", 20m, 40m, 40m, band).ToString().Should().Be(expected);

    private static ScorecardCriterion Criterion(string name, decimal points, decimal max, decimal possible)
        => new(name, points, max, possible, null);
}
