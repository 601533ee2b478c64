using System.CommandLine;

namespace Douyin.Eligibility.Tool.Commands.Diff;

/// <summary><c>diff --rules &lt;old&gt; --against &lt;new&gt; &lt;input&gt;</c>: which decisions a rule change would flip.</summary>
internal static class DiffCommand
{
    public static Command Create(ToolContext context)
    {
        var input = new Argument<string>("input") { Description = "Snapshots as JSON Lines, a JSON array, or CSV; '-' reads stdin." };
        var workflow = new Option<string?>("--workflow", "-w") { Description = "The workflow to compare (default: the one workflow whose definition differs between the rule sets)." };
        var oldRules = new Option<string?>("--rules", "-r") { Description = "The current rules (file or directory; default: the rules shipped with the library)." };
        var newRules = new Option<string>("--against", "-a") { Description = "The changed rules (file or directory).", Required = true };
        var asOf = CommonOptions.AsOf();
        var lang = CommonOptions.Lang();
        var maxLineBytes = CommonOptions.MaxLineBytes();
        var command = new Command(
            "diff",
            "Impact check: evaluate every snapshot under both rule sets, list those whose outcome flips with the reasons on both sides, "
            + "and count them (total, flipped, per old → new pair). Without --workflow, the one workflow whose definition differs is compared. Invalid input lines (and lines longer than --max-line-bytes) are reported on stderr and skipped. Exit 0, 2 when some input lines were invalid, 1 on usage or rule errors.\n\n"
            + "Example:\n  douyin-eligibility diff --rules rules/ --against my-rules/ merchants.jsonl --workflow AllianceAdmission")
        {
            input, workflow, oldRules, newRules, asOf, lang, maxLineBytes,
        };
        command.SetAction(parse => CommandAction.Run(context, () => new DiffRun(
            context,
            parse.GetValue(input)!,
            parse.GetValue(workflow),
            parse.GetValue(oldRules),
            parse.GetValue(newRules)!,
            CommonOptions.ParseDate(parse.GetValue(asOf)),
            CommonOptions.Culture(parse.GetValue(lang)!),
            CommonOptions.ReadOptions(parse.GetValue(maxLineBytes))).Execute()));
        return command;
    }
}
