using System.Text.RegularExpressions;
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
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "outcome": "o"}]}""", "cases[0]: the case has no 'snapshot', and the file has no 'base' for it to change")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": [], "outcome": "o"}]}""", "cases[0]: 'snapshot' must be an object")]
    [InlineData("""{"workflow": "W", "cases": [{"snapshot": {}, "outcome": "o"}]}""", "cases[0]: 'name' is required")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}}]}""", "cases[0]: a case expects an 'outcome' or an 'invalid' result; give one of them")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "invalid": "SV015"}]}""", "cases[0]: 'invalid' must be an array of strings")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o"}, {"name": "m", "snapshot": {}, "outcome": "o", "asOf": "25/07/2024"}]}""", "cases[1]: 'asOf' '25/07/2024' is not yyyy-MM-dd")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o", "reasonCodes": "A"}]}""", "'reasonCodes' must be an array of strings")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o", "missingFields": [1]}]}""", "'missingFields' must be an array of strings")]
    [InlineData("""{"workflow": "W", "cases": [{"name": "n", "snapshot": {}, "outcome": "o", "expected": "o"}]}""", "cases[0]: unknown property 'expected'")]
    public void Read_MalformedFile_ThrowsNamingTheProblem(string json, string problem)
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", json);

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().MatchRegex($"^{Regex.Escape(path)}\\([0-9]+,[0-9]+\\): error DE800[34]: ").And.Contain(problem);
    }

    [Fact]
    public void Read_InvalidJson_ThrowsWithLineAndColumn()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", "{\n  \"workflow\": \"W\",\n  oops\n}");

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().StartWith($"{path}(3,3): error DE8002: invalid JSON:");
    }

    [Fact]
    public void Read_MissingFile_ThrowsCannotRead()
    {
        using var dir = new TempDir();
        var path = dir.PathOf("absent.tests.json");

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().StartWith($"{path}: error DE8001: cannot read the test file:");
    }

    [Fact]
    public void Read_CaseWithoutSnapshot_ChangesACopyOfTheBase()
    {
        var file = ReadCases(
            """
            {"name": "base", "outcome": "o"},
            {"name": "changed", "set": {"storeScore": 4.1, "penalties[0].date": "2024-01-01", "stores[0].ids[1]": "B"}, "outcome": "o"},
            {"name": "again", "outcome": "o"}
            """);

        Snapshot(file, 0).Should().Be(Base);
        Snapshot(file, 1).Should().Be("""{"id":"S1","storeScore":4.1,"rate":0.9,"penalties":[{"date":"2024-01-01","points":2}],"stores":[{"ids":["A","B"]}]}""");
        Snapshot(file, 2).Should().Be(Base, "a case changes its own copy");
    }

    [Fact]
    public void Read_UnsetAndSetNull_RemoveTheFieldOrMakeItNull()
    {
        var file = ReadCases(
            """
            {"name": "unset", "unset": ["rate", "penalties[0]", "stores[0].ids"], "outcome": "o"},
            {"name": "null", "set": {"rate": null, "penalties": null}, "outcome": "o"}
            """);

        Snapshot(file, 0).Should().Be("""{"id":"S1","storeScore":4.6,"penalties":[],"stores":[{}]}""");
        Snapshot(file, 1).Should().Be("""{"id":"S1","storeScore":4.6,"rate":null,"penalties":null,"stores":[{"ids":["A","X"]}]}""");
    }

    [Fact]
    public void Read_Add_AddsAFieldTheBaseLacksOrAppendsAnElement()
    {
        var file = ReadCases(
            """
            {"name": "add", "add": {"gmv": 1, "penalties[0].appealed": true, "penalties[1]": {"date": "2024-02-02"}}, "outcome": "o"}
            """);

        Snapshot(file, 0).Should().Be("""{"id":"S1","storeScore":4.6,"rate":0.9,"penalties":[{"date":"2023-11-02","points":2,"appealed":true},{"date":"2024-02-02"}],"stores":[{"ids":["A","X"]}],"gmv":1}""");
    }

    [Fact]
    public void Read_ChangesInOneCase_AreAppliedUnsetThenSetThenAdd()
    {
        var file = ReadCases(
            """
            {"name": "unset, set", "set": {"stores[0].ids": ["Y"]}, "unset": ["stores[0].ids[0]"], "outcome": "o"},
            {"name": "set, add", "add": {"stores[0].ids[0]": "Z"}, "set": {"stores[0].ids": []}, "outcome": "o"}
            """);

        Snapshot(file, 0).Should().EndWith(""" "stores":[{"ids":["Y"]}]}""".TrimStart());
        Snapshot(file, 1).Should().EndWith(""" "stores":[{"ids":["Z"]}]}""".TrimStart());
    }

    [Fact]
    public void Read_NamedBase_IsTheOneTheCaseNames()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.tests.json", """
            {"workflow": "W", "base": {"id": "S1"}, "bases": {"other": {"id": "S2", "x": 1}},
             "cases": [{"name": "default", "outcome": "o"}, {"name": "other", "base": "other", "set": {"x": 2}, "outcome": "o"}]}
            """);

        var file = RuleTestFileReader.Read(path);

        file.Cases[0].SnapshotJson.Should().Be("""{"id":"S1"}""");
        file.Cases[1].SnapshotJson.Should().Be("""{"id":"S2","x":2}""");
    }

    [Fact]
    public void Read_WholeSnapshot_IgnoresTheBase()
    {
        var file = ReadCases("""{"name": "whole", "snapshot": {"id": "S9"}, "outcome": "o"}""");

        file.Cases[0].SnapshotJson.Should().Be("""{"id": "S9"}""");
    }

    [Fact]
    public void Read_PatchedValues_KeepTheirTextAndNonAsciiCharacters()
    {
        var file = ReadCases("""{"name": "text", "set": {"rate": 0.90, "id": "山野茶舍"}, "outcome": "o"}""");

        Snapshot(file, 0).Should().StartWith("""{"id":"山野茶舍","storeScore":4.6,"rate":0.90,""");
    }

    // Each problem is reported at the entry that names it: line 3 holds the case, the column is where the path starts.
    [Theory]
    [InlineData("""{"name": "n", "set": {"storeScor": 4.1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'storeScor': the base has no 'storeScor' ('add' adds a field the base lacks)")]
    [InlineData("""{"name": "n", "set": {"penalties[0].dat": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'penalties[0].dat': the base has no 'penalties[0].dat'")]
    [InlineData("""{"name": "n", "set": {"penalties[1].date": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'penalties[1].date': 'penalties' has 1 elements")]
    [InlineData("""{"name": "n", "set": {"penalties[1]": {}}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'penalties[1]': 'penalties' has 1 elements")]
    [InlineData("""{"name": "n", "set": {"gmv.x": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'gmv.x': the base has no 'gmv'")]
    [InlineData("""{"name": "n", "set": {"rate.x": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'rate.x': 'rate' is not an object")]
    [InlineData("""{"name": "n", "set": {"rate[0]": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'rate[0]': 'rate' is not an array")]
    [InlineData("""{"name": "n", "set": {"penalties.date": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'penalties.date': 'penalties' is not an object")]
    [InlineData("""{"name": "n", "set": {"nothing.x": 1}, "outcome": "o"}""", 23, "DE8005", "the base has no 'nothing'")]
    [InlineData("""{"name": "n", "set": {"penalties..date": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'penalties..date' is not a path such as 'storeScore' or 'penalties[0].date'")]
    [InlineData("""{"name": "n", "set": {"rate.": 1}, "outcome": "o"}""", 23, "DE8005", "'rate.' is not a path")]
    [InlineData("""{"name": "n", "set": {"[0]": 1}, "outcome": "o"}""", 23, "DE8005", "'[0]' is not a path")]
    [InlineData("""{"name": "n", "set": {"penalties[x]": 1}, "outcome": "o"}""", 23, "DE8005", "'penalties[x]' is not a path")]
    [InlineData("""{"name": "n", "unset": ["rate", "gmv"], "outcome": "o"}""", 33, "DE8005", "cases[0]: 'gmv': the base has no 'gmv'")]
    [InlineData("""{"name": "n", "unset": ["stores[0].ids[2]"], "outcome": "o"}""", 25, "DE8005", "cases[0]: 'stores[0].ids[2]': 'stores[0].ids' has 2 elements")]
    [InlineData("""{"name": "n", "unset": ["rate"], "set": {"rate": 1}, "outcome": "o"}""", 42, "DE8005", "cases[0]: 'rate' is changed twice in this case")]
    [InlineData("""{"name": "n", "add": {"rate": 1}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'rate' is already in the base ('set' changes it)")]
    [InlineData("""{"name": "n", "add": {"penalties[0]": {}}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'penalties[0]' is already in the base")]
    [InlineData("""{"name": "n", "add": {"penalties[2]": {}}, "outcome": "o"}""", 23, "DE8005", "cases[0]: 'penalties[2]': 'penalties' has 1 elements; 'add' appends only at index 1")]
    [InlineData("""{"name": "n", "unset": "rate", "outcome": "o"}""", 15, "DE8003", "cases[0]: 'unset' must be an array of strings")]
    [InlineData("""{"name": "n", "set": ["rate"], "outcome": "o"}""", 15, "DE8003", "cases[0]: 'set' must be an object")]
    [InlineData("""{"name": "n", "snapshot": {}, "set": {"rate": 1}, "outcome": "o"}""", 31, "DE8003", "cases[0]: a case gives either a whole 'snapshot' or changes to a base, not both; remove 'set' or 'snapshot'")]
    [InlineData("""{"name": "n", "base": "other", "outcome": "o"}""", 15, "DE8004", "cases[0]: there is no base 'other'; the file's 'bases' are (none)")]
    [InlineData("""{"name": "n", "invalid": ["SV015"], "outcome": "o"}""", 37, "DE8003", "cases[0]: a case that expects an 'invalid' result has no decision, so no 'outcome'; remove 'outcome' or 'invalid'")]
    [InlineData("""{"name": "n", "invalid": ["SV015"], "reasonCodes": []}""", 37, "DE8003", "cases[0]: a case that expects an 'invalid' result has no decision, so no 'reasonCodes'")]
    [InlineData("""{"name": "n", "invalid": ["SV015"], "assumptions": []}""", 37, "DE8003", "cases[0]: a case that expects an 'invalid' result has no decision, so no 'assumptions'")]
    [InlineData("""{"name": "n", "invalid": []}""", 15, "DE8003", "cases[0]: 'invalid' names at least one validation code, such as SV015")]
    [InlineData("""{"name": "n", "invalid": ["SV015", "SV15"]}""", 36, "DE8003", "cases[0]: 'SV15' is not a validation code such as SV015")]
    public void Read_BadChange_IsAnErrorAtTheChange(string testCase, int column, string code, string message)
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", File(testCase));

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().StartWith($"{path}(3,{column + 2}): error {code}: ").And.Contain(message);
    }

    [Fact]
    public void Read_PathThroughNull_IsAnErrorAtTheChange()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", """
            {"workflow": "W", "base": {"a": null},
             "cases": [{"name": "n", "set": {"a.b": 1}, "outcome": "o"}]}
            """);

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().Be($"{path}(2,34): error DE8005: cases[0]: 'a.b': 'a' is null in the base");
    }

    [Fact]
    public void Read_CaseWithoutSnapshotInAFileWithoutBase_IsAnErrorAtTheCase()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", "{\"workflow\": \"W\", \"bases\": {\"b\": {}},\n \"cases\": [\n  {\"name\": \"n\", \"set\": {\"a\": 1}, \"outcome\": \"o\"}]}");

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().Be($"{path}(3,3): error DE8004: cases[0]: the case has no 'snapshot', and the file has no 'base' for it to change");
    }

    [Fact]
    public void Read_PropertyTwiceInOneObject_IsAnErrorAtTheSecond()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", "{\"workflow\": \"W\", \"base\": {\"a\": 1,\n  \"a\": 2}, \"cases\": []}");

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().Be($"{path}(2,3): error DE8003: 'a' is given twice in one object");
    }

    [Theory]
    [InlineData("""{"workflow": "W", "base": [], "cases": []}""", "'base' must be an object")]
    [InlineData("""{"workflow": "W", "bases": {"x": 1}, "cases": []}""", "'bases.x' must be an object")]
    public void Read_BaseOfTheWrongKind_IsAnError(string json, string message)
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.tests.json", json);

        var read = () => RuleTestFileReader.Read(path);

        read.Should().Throw<ToolException>().Which.Message.Should().MatchRegex($"^{Regex.Escape(path)}\\(1,[0-9]+\\): error DE8003: {Regex.Escape(message)}$");
    }

    [Fact]
    public void Read_InvalidExpectation_HasTheCodesAndNoOutcome()
    {
        var file = ReadCases("""{"name": "no rule in force", "asOf": "2024-06-01", "invalid": ["SV015"]}""");

        var only = file.Cases.Should().ContainSingle().Which;
        only.Invalid.Should().Equal("SV015");
        only.Outcome.Should().BeNull();
        only.ReasonCodes.Should().BeNull();
        var decided = ReadCases("""{"name": "n", "outcome": "Eligible", "assumptions": ["MinEmployees"]}""").Cases[0];
        decided.Invalid.Should().BeNull();
        decided.Assumptions.Should().Equal("MinEmployees");
    }

    [Fact]
    public void Schema_Workflows_AreTheShippedWorkflows()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(Repo.PathOf("rules", "schema", "rule-tests.schema.json")));

        schema.RootElement.GetProperty("properties").GetProperty("workflow").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().BeEquivalentTo(Douyin.Eligibility.EligibilityWorkflows.All);
    }

    [Fact]
    public void Schema_Properties_AreExactlyWhatTheReaderAccepts()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(Repo.PathOf("rules", "schema", "rule-tests.schema.json")));
        var root = schema.RootElement;

        root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(RuleTestFileReader.FileProperties);
        root.GetProperty("$defs").GetProperty("case").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(RuleTestFileReader.CaseProperties);
    }

    private const string Base = """{"id":"S1","storeScore":4.6,"rate":0.9,"penalties":[{"date":"2023-11-02","points":2}],"stores":[{"ids":["A","X"]}]}""";

    private static string File(string cases) => $$"""
        {"workflow": "W",
         "base": {{Base}}, "cases": [
          {{cases}}
        ]}
        """;

    private static RuleTestFile ReadCases(string cases)
    {
        using var dir = new TempDir();
        return RuleTestFileReader.Read(dir.Write("a.tests.json", File(cases)));
    }

    private static string Snapshot(RuleTestFile file, int index) => file.Cases[index].SnapshotJson;
}
