using Douyin.Eligibility.Tool.Commands.Test;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands.Test;

public sealed class RuleTestFileReaderTests
{
    [Fact]
    public void Read_CompleteFile_ReturnsEveryField()
    {
        using var dir = new TempDir();
        var path = dir.Write("rules/admission.tests.json", """
            {
              // comments and trailing commas are allowed
              "$schema": "x", "workflow": "AllianceAdmission", "rules": "admission.json", "version": "2", "description": "d",
              "cases": [
                {"name": "fails", "asOf": "2024-07-25", "snapshot": {"id": "S1", "storeScore": 4.0},
                 "outcome": "NotEligible", "reasonCodes": ["ALLIANCE_STORE_SCORE"], "missingFields": ["merchant.PositiveRate"]},
                {"name": "minimal", "snapshot": {}, "outcome": "Eligible", "reasonCodes": null},
              ],
            }
            """);

        var file = RuleTestFileReader.Read(path);

        file.Path.Should().Be(path);
        file.Workflow.Should().Be("AllianceAdmission");
        file.Rules.Should().Be(Path.Combine(dir.PathOf("rules"), "admission.json"));
        file.Version.Should().Be("2");
        file.Cases.Should().HaveCount(2);
        var first = file.Cases[0];
        first.Name.Should().Be("fails");
        first.AsOf.Should().Be(new DateOnly(2024, 7, 25));
        first.SnapshotJson.Should().Be("""{"id": "S1", "storeScore": 4.0}""");
        first.Outcome.Should().Be("NotEligible");
        first.ReasonCodes.Should().Equal("ALLIANCE_STORE_SCORE");
        first.MissingFields.Should().Equal("merchant.PositiveRate");
        var second = file.Cases[1];
        second.AsOf.Should().BeNull();
        second.ReasonCodes.Should().BeNull();
        second.MissingFields.Should().BeNull();
    }

    [Fact]
    public void Read_NoRulesProperty_LeavesRulesNull()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.tests.json", """{"workflow": "W", "cases": []}""");

        var file = RuleTestFileReader.Read(path);

        file.Rules.Should().BeNull();
        file.Version.Should().BeNull();
        file.Cases.Should().BeEmpty();
    }

    [Fact]
    public void Read_RootedRulesPath_KeepsItAsGiven()
    {
        using var dir = new TempDir();
        var rooted = dir.PathOf("elsewhere/rules.json");
        var path = dir.Write("sub/a.tests.json", $$"""{"workflow": "W", "rules": {{System.Text.Json.JsonSerializer.Serialize(rooted)}}, "cases": []}""");

        RuleTestFileReader.Read(path).Rules.Should().Be(rooted);
    }

    [Theory]
    [InlineData("[]", "the test file must be a JSON object")]
    [InlineData("""{"workflow": "W"}""", "'cases' must be an array")]
    [InlineData("""{"workflow": "W", "cases": {}}""", "'cases' must be an array")]
    [InlineData("""{"cases": []}""", "'workflow' is required")]
    [InlineData("""{"workflow": 3, "cases": []}""", "'workflow' must be a string")]
    [InlineData("""{"workflow": "W", "case": [], "cases": []}""", "unknown property 'case'")]
    [InlineData("""{"workflow": "W", "cases": [3]}""", "cases[0]: a case must be an object")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "outcome": "o"}]}""", "cases[0]: 'snapshot' must be an object")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": [], "outcome": "o"}]}""", "cases[0]: 'snapshot' must be an object")]
    [InlineData("""{"workflow": "W", "cases": [{"snapshot": {}, "outcome": "o"}]}""", "cases[0]: 'name' is required")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}}]}""", "cases[0]: 'outcome' is required")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o"}, {"name": "m", "snapshot": {}, "outcome": "o", "asOf": "25/07/2024"}]}""", "cases[1]: 'asOf' '25/07/2024' is not yyyy-MM-dd")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o", "reasonCodes": "A"}]}""", "'reasonCodes' must be an array of strings")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o", "missingFields": [1]}]}""", "'missingFields' must be an array of strings")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o", "expected": "o"}]}""", "cases[0]: unknown property 'expected'")]
    public void Read_MalformedFile_ThrowsNamingTheProblem(string json, string problem)
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", json);

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().StartWith(path).And.Contain(problem);
    }

    [Fact]
    public void Read_InvalidJson_ThrowsWithLineAndColumn()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", "{\n  \"workflow\": \"W\",\n  oops\n}");

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().StartWith($"{path}(3,3): invalid JSON:");
    }

    [Fact]
    public void Read_MissingFile_ThrowsCannotRead()
    {
        using var dir = new TempDir();
        var path = dir.PathOf("absent.tests.json");

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().StartWith($"{path}: cannot read the test file:");
    }
}
