using System.CommandLine;
using Douyin.Eligibility.Tool.Rules;

namespace Douyin.Eligibility.Tool.Commands.Lint;

/// <summary><c>lint &lt;file-or-dir&gt;</c>: loads rule files and prints every diagnostic, then a count.</summary>
internal static class LintCommand
{
    public static Command Create(ToolContext context)
    {
        var path = new Argument<string>("file-or-dir") { Description = "A rule file, or a directory searched recursively (*.tests.json and schema/ are skipped)." };
        var command = new Command(
            "lint",
            "Check rule files: print every diagnostic as path(line,col): error CODE: message and a final count. Exit 1 on errors, 0 otherwise (warnings only: 0).\n\n"
            + "Example:\n  douyin-eligibility lint rules/")
        {
            path,
        };
        command.SetAction(parse => CommandAction.Run(context, () => Run(parse.GetValue(path)!, context)));
        return command;
    }

    private static int Run(string path, ToolContext context)
    {
        var result = RuleFiles.Load(path, out var readErrors);
        var diagnostics = RuleFiles.AllDiagnostics(result, readErrors);
        foreach (var diagnostic in diagnostics)
        {
            context.Out.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        context.Out.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")}");
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
