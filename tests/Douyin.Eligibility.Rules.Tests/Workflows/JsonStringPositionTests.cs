using Douyin.Eligibility.Rules.Workflows.Json;
using static Douyin.Eligibility.Rules.Tests.Workflows.ReaderHarness;

namespace Douyin.Eligibility.Rules.Tests.Workflows;

public class JsonStringPositionTests
{
    private static ExpressionText StringAt(string json)
        => Parse(json).Root.Should().BeOfType<JsonStringNode>().Subject.Text;

    [Fact]
    public void Decode_PlainText_MapsEachCharacterToItsColumn()
    {
        var text = StringAt("  \"ab\"");

        text.Text.Should().Be("ab");
        At(text, 0).Should().Be("(1,4)");
        At(text, 1).Should().Be("(1,5)");
        At(text, 2).Should().Be("(1,6)");
    }

    [Fact]
    public void Decode_EscapedQuote_ShiftsLaterCharactersByTwo()
    {
        var text = StringAt("\"a\\\"b\"");

        text.Text.Should().Be("a\"b");
        At(text, 1).Should().Be("(1,3)");
        At(text, 2).Should().Be("(1,5)");
    }

    [Theory]
    [InlineData("\\\\", "\\")]
    [InlineData("\\n", "\n")]
    [InlineData("\\t", "\t")]
    [InlineData("\\/", "/")]
    [InlineData("\\r", "\r")]
    [InlineData("\\b", "\b")]
    [InlineData("\\f", "\f")]
    public void Decode_TwoCharacterEscape_IsOneCharacterTwoColumnsWide(string escape, string expected)
    {
        var text = StringAt($"\"{escape}x\"");

        text.Text.Should().Be(expected + "x");
        At(text, 0).Should().Be("(1,2)");
        At(text, 1).Should().Be("(1,4)");
    }

    [Fact]
    public void Decode_UnicodeEscape_IsOneCharacterSixColumnsWide()
    {
        var text = StringAt("\"\\u4e2d文x\"");

        text.Text.Should().Be("中文x");
        At(text, 0).Should().Be("(1,2)");
        At(text, 1).Should().Be("(1,8)");
        At(text, 2).Should().Be("(1,9)");
        At(text, 3).Should().Be("(1,10)");
    }

    [Fact]
    public void Decode_EscapedSurrogatePair_EachHalfPointsAtItsEscape()
    {
        var text = StringAt("\"\\ud83d\\ude00!\"");

        text.Text.Should().Be("😀!");
        At(text, 0).Should().Be("(1,2)");
        At(text, 1).Should().Be("(1,8)");
        At(text, 2).Should().Be("(1,14)");
    }

    [Fact]
    public void Decode_LiteralSurrogatePair_IsTwoColumns()
    {
        var text = StringAt("\"😀!\"");

        text.Text.Should().Be("😀!");
        At(text, 1).Should().Be("(1,3)");
        At(text, 2).Should().Be("(1,4)");
    }

    [Fact]
    public void Decode_SliceOfEscapedText_KeepsPositions()
    {
        var text = StringAt("\"x \\\"$(a.b)\\\"\"");

        var slice = text.Slice(5, 3);
        slice.Text.Should().Be("a.b");
        At(slice, 0).Should().Be("(1,8)");
    }

    [Fact]
    public void Decode_SliceOfPlainTextWithWideCharacters_KeepsPositions()
    {
        var text = StringAt("  \"\u5e97\u94fa $(a.b)\"");

        var slice = text.Slice(5, 3);
        slice.Text.Should().Be("a.b");
        At(slice, 0).Should().Be("(1,9)");
        At(slice, 3).Should().Be("(1,12)");
    }

    [Fact]
    public void Read_FileOnOneLine_PlacesLaterErrorsAtTheirColumn()
    {
        // Columns on one long line are counted on from the previous token: the CJK descriptions before the error
        // are one column per character, as editors count them.
        var rules = Enumerable.Range(0, 50).Select(i => $$"""{"RuleName": "R{{i}}", "Description": "\u89c4\u5219 {{i}}", "Expression": "true"}""".Replace("\\u89c4\\u5219", "\u89c4\u5219"));
        var json = $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{string.Join(", ", rules)}}, {"RuleName": "Last", "Expression": "true", "Rule": 1}]}""";

        var (_, diagnostics) = Read(json);

        diagnostics.Should().ContainSingle().Which.Should().StartWith($"rules.json(1,{json.IndexOf("\"Rule\": 1", StringComparison.Ordinal) + 1}): error");
    }
}
