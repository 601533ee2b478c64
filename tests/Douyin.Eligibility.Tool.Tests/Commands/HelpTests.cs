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
    public void Every_command_has_help_with_an_example(string command)
    {
        var run = ToolRunner.Run(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Example:").And.Contain($"douyin-eligibility {command} ");
    }

    [Fact]
    public void The_root_lists_the_commands()
    {
        var run = ToolRunner.Run("--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("check").And.Contain("explain").And.Contain("lint").And.Contain("test").And.Contain("diff");
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
        => ToolRunner.Run("frobnicate").ExitCode.Should().Be(1);
}
