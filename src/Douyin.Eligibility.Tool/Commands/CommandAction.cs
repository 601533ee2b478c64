using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Commands;

/// <summary>Runs a command body and turns the problems a user can fix into a message and exit code 1.</summary>
internal static class CommandAction
{
    public static int Run(ToolContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ToolException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (RuleSetLoadException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
