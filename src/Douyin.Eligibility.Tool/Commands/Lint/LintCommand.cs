using System.CommandLine;
using System.Globalization;
using Douyin.Eligibility.Tool.Loading;

namespace Douyin.Eligibility.Tool.Commands.Lint;

/// <summary><c>lint &lt;file-or-dir&gt;</c>: loads rule files and prints every diagnostic, then a count.</summary>
internal static class LintCommand
{
    public static Command Create(ToolContext context)
    {
        var path = new Argument<string>("file-or-dir") { Description = "A rule file, or a directory searched recursively (*.tests.json and schema/ are skipped)." };
        var lang = CommonOptions.Lang();
        var command = new Command(
            "lint",
            "Check rule files: print every diagnostic as path(line,col): error CODE: message and a final count. Exit 1 on errors, 0 otherwise (warnings only: 0).\n\n"
            + "Example:\n  douyin-eligibility lint rules/ --lang en")
        {
            path,
            lang,
        };
        command.SetAction(parse => CommandAction.Run(context, () => Run(parse.GetValue(path)!, context, CommonOptions.Culture(parse.GetValue(lang)!))));
        return command;
    }

    private static int Run(string path, ToolContext context, CultureInfo culture)
    {
        var diagnostics = RuleFiles.Load(path, context.Families).Diagnostics;
        foreach (var diagnostic in diagnostics)
        {
            context.Out.WriteLine(diagnostic.ToString(culture));
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        context.Out.WriteLine(ToolText.Get(culture, "LintSummary", ToolText.Errors(culture, errors), ToolText.Warnings(culture, warnings)));
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
