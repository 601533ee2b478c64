using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests;

/// <summary>Runs every rules/tests/*.tests.json through the <c>test</c> command, so CI runs the rule tests.</summary>
public sealed class ShippedRuleTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("rules", "tests"), "*.tests.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Test_ShippedRuleTestFile_Passes(string file)
    {
        var run = ToolRunner.Run("test", Repo.PathOf("rules", "tests", file));

        run.ExitCode.Should().Be(0, run.Out + run.Error);
        run.OutLines[^1].Should().MatchRegex("^[1-9][0-9]* passed, 0 failed$");
    }

    [Fact]
    public void TestFiles_EveryShippedWorkflow_HasOne()
    {
        var tested = Directory.EnumerateFiles(Repo.PathOf("rules", "tests"), "*.tests.json")
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("workflow").GetString())
            .ToHashSet();

        tested.Should().BeEquivalentTo(Douyin.Eligibility.EligibilityWorkflows.All);
    }

    [Fact]
    public void Lint_ShippedRules_IsClean()
        => ToolRunner.Run("lint", Repo.PathOf("rules"), "--lang", "en").OutLines.Should().Equal("0 errors, 0 warnings");
}
