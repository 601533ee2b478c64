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
        var effective = new Option<string?>("--effective")
        {
            Description = "After the diagnostics, print the effective rules of a version (Workflow@Version) or of every version of a workflow (Workflow): its inherited and own rules, in order, each with where it is written.",
        };
        var command = new Command(
            "lint",
            "Check rule files: print every diagnostic as path(line,col): error CODE: message and a final count. Exit 1 on errors, 0 otherwise (warnings only: 0).\n\n"
            + "Example:\n  douyin-eligibility lint rules/ --lang en\n  douyin-eligibility lint rules/ --effective AllianceAdmission@2022-08-22")
        {
            path,
            lang,
            effective,
        };
        command.SetAction(parse => CommandAction.Run(context, () => Run(parse.GetValue(path)!, parse.GetValue(effective), context, CommonOptions.Culture(parse.GetValue(lang)!))));
        return command;
    }

    private static int Run(string path, string? effective, ToolContext context, CultureInfo culture)
    {
        var result = RuleFiles.Load(path, context.Families);
        var diagnostics = result.Diagnostics;
        foreach (var diagnostic in diagnostics)
        {
            context.Out.WriteLine(diagnostic.ToString(culture));
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        context.Out.WriteLine(ToolText.Get(culture, "LintSummary", ToolText.Errors(culture, errors), ToolText.Warnings(culture, warnings)));
        if (effective is not null && result.RuleSet is { } ruleSet)
        {
            foreach (var workflow in EffectiveRules.Select(ruleSet, effective))
            {
                context.Out.WriteLine();
                EffectiveRules.Write(workflow, culture, context.Out);
            }
        }

        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
