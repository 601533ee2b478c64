using Douyin.Eligibility.Rules.Workflows.Json;
using static Douyin.Eligibility.Rules.Tests.Workflows.ReaderHarness;

namespace Douyin.Eligibility.Rules.Tests.Workflows;

public class JsonTreeReaderTests
{
    [Fact]
    public void Parse_NestedValues_KnowTheirPositions()
    {
        var (root, diagnostics) = Parse("{\n  \"a\": [1, true, null],\n  \"b\": {\"c\": \"x\"}\n}");

        diagnostics.Should().BeEmpty();
        var obj = root.Should().BeOfType<JsonObjectNode>().Subject;
        obj.Location.ToString().Should().Be("rules.json(1,1)");
        obj.Properties.Select(p => p.Name).Should().Equal("a", "b");
        obj.Properties[0].NameLocation.ToString().Should().Be("rules.json(2,3)");
        var array = obj.Properties[0].Value.Should().BeOfType<JsonArrayNode>().Subject;
        array.Items.Select(i => i.Location.Column).Should().Equal(8, 11, 17);
        array.Items[0].Should().BeOfType<JsonNumberNode>().Which.Raw.Should().Be("1");
        array.Items[1].Should().BeOfType<JsonBooleanNode>().Which.Value.Should().BeTrue();
        array.Items[2].Should().BeOfType<JsonNullNode>();
        var inner = obj.Properties[1].Value.Should().BeOfType<JsonObjectNode>().Subject;
        inner.Properties[0].Value.Should().BeOfType<JsonStringNode>().Which.Location.ToString().Should().Be("rules.json(3,14)");
    }

    [Fact]
    public void Parse_ChineseBeforeValue_CountsOneColumnPerCharacter()
    {
        var (root, _) = Parse("{\"名称\": \"中文\", \"x\": 1}");

        var obj = (JsonObjectNode)root!;
        obj.Properties[0].Value.Location.Column.Should().Be(7);
        obj.Properties[1].NameLocation.Column.Should().Be(13);
        obj.Properties[1].Value.Location.Column.Should().Be(18);
    }

    [Fact]
    public void Parse_SurrogatePairInFile_CountsTwoColumns()
    {
        var (root, _) = Parse("[\"😀\", 1]");

        ((JsonArrayNode)root!).Items[1].Location.Column.Should().Be(7);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var (root, diagnostics) = Parse("// header\n{ /* inline */ \"a\": [1, 2,], \"b\": 3, }\n// trailer\n");

        diagnostics.Should().BeEmpty();
        ((JsonObjectNode)root!).Properties.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsNotAColumn()
    {
        var (root, _) = Parse("\uFEFF{\"a\": 1}");

        ((JsonObjectNode)root!).Properties[0].NameLocation.Column.Should().Be(1);
    }

    [Fact]
    public void Parse_MissingColon_ReportsOneErrorAtTheToken()
    {
        var (root, diagnostics) = Parse("{\n  \"a\" 1,\n  \"a\": 2\n}");

        root.Should().BeNull();
        diagnostics.Should().Equal("rules.json(2,7): error DE1001: Invalid JSON: '1' is invalid after a property name. Expected a ':'.");
    }

    [Fact]
    public void Parse_ErrorAfterChinese_ReportsCharacterColumn()
    {
        var (_, diagnostics) = Parse("{\"说明\": \"中文\" x}");

        diagnostics.Should().ContainSingle().Which.Should().Be("rules.json(1,13): error DE1001: Invalid JSON: 'x' is invalid after a value. Expected either ',', '}', or ']'.");
    }

    [Fact]
    public void Parse_Empty_ReportsInvalidJson()
    {
        var (root, diagnostics) = Parse("  // nothing\n");

        root.Should().BeNull();
        diagnostics.Should().ContainSingle().Which.Should().StartWith("rules.json(").And.Contain("error DE1001: ");
    }

    [Fact]
    public void Parse_ContentAfterRoot_ReportsInvalidJson()
    {
        var (root, diagnostics) = Parse("{} {}");

        root.Should().BeNull();
        diagnostics.Should().Equal("rules.json(1,4): error DE1001: Invalid JSON: '{' is invalid after a single JSON value. Expected end of data.");
    }

    [Fact]
    public void Parse_UnterminatedObject_ReportsInvalidJson()
    {
        var (root, diagnostics) = Parse("{\n  \"a\": 1\n");

        root.Should().BeNull();
        diagnostics.Should().ContainSingle().Which.Should().Contain("error DE1001: Invalid JSON: ");
    }

    [Fact]
    public void Parse_DuplicateName_ReportsAndKeepsFirst()
    {
        var (root, diagnostics) = Parse("{\n  \"a\": 1,\n  \"a\": 2\n}");

        diagnostics.Should().Equal("rules.json(3,3): error DE1012: Duplicate property 'a': it is already set at line 2; a property may appear only once in an object.");
        ((JsonObjectNode)root!).Properties.Should().ContainSingle().Which.Value.Should().BeOfType<JsonNumberNode>().Which.Raw.Should().Be("1");
    }

    [Fact]
    public void Parse_DuplicateNameThenSyntaxError_ReportsOnlyTheSyntaxError()
    {
        var (_, diagnostics) = Parse("{\"a\": 1, \"a\": 2,, }");

        diagnostics.Should().ContainSingle().Which.Should().Contain("DE1001");
    }

    [Fact]
    public void Parse_EscapedPropertyName_IsUnescaped()
    {
        var (root, _) = Parse("{\"R\\u0075leName\": 1}");

        ((JsonObjectNode)root!).Properties[0].Name.Should().Be("RuleName");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Parse_RepeatedPropertyInAnObject_IsReportedOnceWithTheFirstLine(int before)
    {
        // Few properties are searched one by one, many through a table: both find the first occurrence.
        var properties = Enumerable.Range(0, before).Select(i => $"  \"P{i}\": {i},");
        var json = "{\n  \"Name\": 1,\n" + string.Join("\n", properties) + "\n  \"Name\": 2\n}";

        var (root, diagnostics) = Parse(json);

        diagnostics.Should().ContainSingle().Which.Should().Contain("DE1012").And.Contain("line 2");
        root.Should().BeOfType<JsonObjectNode>().Which.Properties.Should().HaveCount(before + 1);
    }
}
