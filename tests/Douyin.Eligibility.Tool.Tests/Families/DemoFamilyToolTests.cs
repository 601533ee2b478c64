using Douyin.Eligibility.Tests.Families.Demo;

namespace Douyin.Eligibility.Tool.Tests.Families;

/// <summary>The demo family of docs/families.md through the tool: a host adds it to the tool's families, nothing else changes.</summary>
public sealed class DemoFamilyToolTests
{
    private static readonly string RuleFile = Path.Combine(LiveHostFamily.Directory, "live-host-admission.json");

    private const string Hosts = """
        {"id":"HOST-1","asOf":"2024-07-25","followers":25000,"violationPoints30d":0}
        {"id":"HOST-2","asOf":"2024-07-25","followers":900,"violationPoints30d":0}
        {"id":"HOST-3","asOf":"2024-07-25","followers":25000,"violationPoint30d":0}
        """;

    private static (int Exit, string Out, string Error) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new ToolContext(output, error, new StringReader(stdin)) { Families = LiveHostFamily.WithBuiltIns };
        var exit = ToolApp.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_DemoFamily_DecidesEveryLineAndReportsTheInvalidOne()
    {
        var (exit, output, error) = Run(Hosts, "check", "-", "--workflow", "LiveHostAdmission", "--rules", RuleFile, "--format", "csv", "--lang", "en");

        exit.Should().Be(ExitCodes.InvalidInput, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        rows.Select(r => (r[1], r[4], r[5])).Should().Equal(("HOST-1", "Eligible", ""), ("HOST-2", "NotEligible", "LIVEHOST_TOO_FEW_FOLLOWERS"));
        error.Should().Contain("line 3").And.Contain("violationPoint30d");
        error.Should().Contain("eligible").And.Contain("not eligible");
    }

    [Fact]
    public void Test_DemoRuleTests_AllPass()
    {
        var (exit, output, _) = Run(string.Empty, "test", Path.Combine(LiveHostFamily.Directory, "live-host-admission.tests.json"));

        exit.Should().Be(ExitCodes.Success, output);
        output.Should().EndWith($"3 passed, 0 failed{Environment.NewLine}");
    }

    [Fact]
    public void Check_WithoutTheFamily_NamesTheKnownWorkflows()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ToolApp.Run(["check", "-", "--workflow", "LiveHostAdmission"], new ToolContext(output, error, new StringReader(Hosts)));

        exit.Should().Be(ExitCodes.Failure);
        error.ToString().Should().Contain("Unknown workflow 'LiveHostAdmission'").And.Contain("StoreOperationPenalty");
    }

    [Fact]
    public void Help_WorkflowOption_ListsTheAddedFamily()
    {
        var (_, output, _) = Run(string.Empty, "check", "--help");

        output.Should().Contain("StoreOperationPenalty, LiveHostAdmission");
    }
}
