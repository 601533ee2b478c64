using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

public sealed class HelpTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("explain")]
    [InlineData("lint")]
    [InlineData("test")]
    [InlineData("diff")]
    [InlineData("export")]
    public void Help_EveryCommand_HasAnExample(string command)
    {
        var run = ToolRunner.Run(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Example:").And.Contain($"douyin-eligibility {command} ");
    }

    [Fact]
    public void Help_Root_ListsTheCommands()
    {
        var run = ToolRunner.Run("--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("check").And.Contain("explain").And.Contain("lint").And.Contain("test").And.Contain("diff").And.Contain("export");
    }

    [Fact]
    public void Run_UnknownCommand_IsAUsageError()
        => ToolRunner.Run("frobnicate").ExitCode.Should().Be(1);
}
