namespace Douyin.Eligibility.Rules.Tests.Workflows;

/// <summary>One selection of rule files for every reader: *.json, not *.tests.json, nothing in a schema folder.</summary>
public class RuleFileFilterTests
{
    [Theory]
    [InlineData("admission.json", true)]
    [InlineData("alliance/admission.json", true)]
    [InlineData("alliance\\versions\\admission-2022-01-01.json", true)]
    [InlineData("Alliance/ADMISSION.JSON", true)]
    [InlineData("schema.json", true)]
    [InlineData("alliance/schema-notes.json", true)]
    [InlineData("tests/admission.tests.json", false)]
    [InlineData("admission.TESTS.json", false)]
    [InlineData("schema/workflow.schema.json", false)]
    [InlineData("alliance/Schema/extra.json", false)]
    [InlineData("a\\schema\\b\\c.json", false)]
    [InlineData("README.md", false)]
    [InlineData("admission.json.bak", false)]
    [InlineData("", false)]
    public void IsRuleFile_RelativePath_SelectsOnlyRuleFiles(string relativePath, bool expected)
        => RuleFileFilter.IsRuleFile(relativePath).Should().Be(expected);

    [Fact]
    public void IsRuleFile_Null_Throws()
    {
        var act = () => RuleFileFilter.IsRuleFile(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
