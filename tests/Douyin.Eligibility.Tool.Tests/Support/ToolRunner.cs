namespace Douyin.Eligibility.Tool.Tests.Support;

/// <summary>The result of one in-process run of the tool.</summary>
internal sealed record ToolRun(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Lines(Out);

    public string[] ErrorLines => Lines(Error);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}

/// <summary>Runs the tool's entry point with string writers, so commands are tested end to end without a process.</summary>
internal static class ToolRunner
{
    public static ToolRun Run(params string[] args) => RunWithInput(string.Empty, args);

    public static ToolRun RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ToolApp.Run(args, new ToolContext(output, error, new StringReader(stdin)));
        return new ToolRun(exit, output.ToString(), error.ToString());
    }
}
