using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.Defaults;

public class RuleFileLocatorTests
{
    private const string Path = "rules/demo.json";

    // Line and column are 0-based; each line is written out so the expected positions can be counted.
    private static readonly string File = string.Join("\n",
        "[",                                                        // 0
        "  { \"WorkflowName\": \"Other\" },",                      // 1
        "  {",                                                      // 2
        "    \"WorkflowName\": \"Demo\",",                          // 3
        "    \"Inputs\": [\"input1\"],",                            // 4
        "    \"Properties\": { \"ExperienceScoreScale\": \"FivePoint\" },", // 5
        "    \"GlobalParams\": [ { \"Name\": \"PassMark\", \"Expression\": \"60\" } ],", // 6
        "    \"Rules\": [",                                         // 7
        "      { \"RuleName\": \"R1\", \"Properties\": { \"Points\": 10 } },", // 8
        "      { \"RuleName\": \"R2\" }",                           // 9
        "    ]",
        "  }",
        "]");

    [Fact]
    public void Workflow_NamedInRootArray_PointsAtItsObject()
        => new RuleFileLocator(Path, File).Workflow("Demo").Should().Be(new SourceLocation(Path, 2, 2));

    [Fact]
    public void Workflow_NameInOtherCase_IsFound()
        => new RuleFileLocator(Path, File).Workflow("demo").Should().Be(new SourceLocation(Path, 2, 2));

    [Fact]
    public void Workflow_RootObject_PointsAtRoot()
        => new RuleFileLocator(Path, "\n  {\"WorkflowName\": \"Solo\"}").Workflow("Solo").Should().Be(new SourceLocation(Path, 1, 2));

    [Fact]
    public void Workflow_Unknown_PointsAtStartOfFile()
        => new RuleFileLocator(Path, File).Workflow("Missing").Should().Be(new SourceLocation(Path, 0, 0));

    [Theory]
    [InlineData("Inputs", 4, 14)]
    [InlineData("Properties", 5, 18)]
    [InlineData("NoSuchMember", 2, 2)]
    public void WorkflowMember_ByName_PointsAtValueElseWorkflow(string member, int line, int column)
        => new RuleFileLocator(Path, File).WorkflowMember("Demo", member).Should().Be(new SourceLocation(Path, line, column));

    [Theory]
    [InlineData("ExperienceScoreScale", 5, 44)]
    [InlineData("Absent", 2, 2)]
    public void WorkflowProperty_ByName_PointsAtValueElseWorkflow(string property, int line, int column)
        => new RuleFileLocator(Path, File).WorkflowProperty("Demo", property).Should().Be(new SourceLocation(Path, line, column));

    [Fact]
    public void Param_StringExpression_PointsInsideTheQuotes()
    {
        var line = File.Split('\n')[6];
        var quote = line.IndexOf("\"60\"", StringComparison.Ordinal);

        new RuleFileLocator(Path, File).Param("Demo", "passmark").Should().Be(new SourceLocation(Path, 6, quote + 1));
    }

    [Fact]
    public void Param_Unknown_PointsAtWorkflow()
        => new RuleFileLocator(Path, File).Param("Demo", "Nope").Should().Be(new SourceLocation(Path, 2, 2));

    [Fact]
    public void RuleProperty_RuleWithProperty_PointsAtValue()
    {
        var line = File.Split('\n')[8];
        var rule = new SourceLocation(Path, 8, line.IndexOf('{', StringComparison.Ordinal));

        new RuleFileLocator(Path, File).RuleProperty(rule, "Points")
            .Should().Be(new SourceLocation(Path, 8, line.IndexOf("10", StringComparison.Ordinal)));
    }

    [Fact]
    public void RuleProperty_RuleWithoutProperties_ReturnsRule()
    {
        var rule = new SourceLocation(Path, 9, 6);

        new RuleFileLocator(Path, File).RuleProperty(rule, "Points").Should().Be(rule);
    }

    [Fact]
    public void Workflow_NonAsciiBeforeIt_CountsUtf16Columns()
    {
        var content = "{\"Note\": \"中文说明\", \"WorkflowName\": \"W\", \"Inputs\": []}";

        new RuleFileLocator(Path, content).WorkflowMember("W", "Inputs")
            .Should().Be(new SourceLocation(Path, 0, content.IndexOf('[', StringComparison.Ordinal)));
    }

    [Fact]
    public void Workflow_UnreadableJson_PointsAtStartOfFile()
        => new RuleFileLocator(Path, "{ \"WorkflowName\": \"W\", ").Workflow("W").Should().Be(new SourceLocation(Path, 0, 0));

    [Fact]
    public void Workflow_CommentsAndTrailingCommas_AreAccepted()
        => new RuleFileLocator(Path, "// rules\n[{\"WorkflowName\": \"W\",},]").Workflow("W").Should().Be(new SourceLocation(Path, 1, 1));
}
