using Douyin.Eligibility.Tool.Commands.Check.Output;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check.Output;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("抖音", 4)]
    [InlineData("a店b", 4)]
    [InlineData("ＡＢ", 4)]
    public void Width_MixedText_CountsWideCharactersTwice(string text, int expected)
    {
        CellText.Width(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("abc", 5, "abc  ")]
    [InlineData("abc", 3, "abc")]
    [InlineData("", 2, "  ")]
    [InlineData("抖音", 6, "抖音  ")]
    [InlineData("abcdef", 4, "abc…")]
    [InlineData("abcdef", 1, "…")]
    [InlineData("抖音小店", 5, "抖音…")]
    [InlineData("抖音小店", 4, "抖… ")]
    [InlineData("a抖音", 4, "a抖…")]
    [InlineData("a抖音", 3, "a… ")]
    public void Fit_TextAndWidth_ReturnsExactlyThatManyCells(string text, int width, string expected)
    {
        var fitted = CellText.Fit(text, width);

        fitted.Should().Be(expected);
        CellText.Width(fitted).Should().Be(width);
    }

    [Fact]
    public void Fit_CombiningCharacter_CutsAtWholeTextElement()
    {
        var text = "e\u0301e\u0301e\u0301e\u0301";

        CellText.Fit(text, 3).Should().Be("e\u0301e\u0301…");
    }
}
