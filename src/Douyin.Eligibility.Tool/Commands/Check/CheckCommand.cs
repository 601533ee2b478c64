using System.CommandLine;
using Douyin.Eligibility.Tool.Commands.Check.Output;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary><c>check &lt;input&gt; --workflow &lt;name&gt;</c>: evaluates every snapshot of a file or stdin.</summary>
internal static class CheckCommand
{
    public static Command Create(ToolContext context)
    {
        var input = new Argument<string>("input") { Description = "Snapshots as JSON Lines, a JSON array, or CSV (header = snapshot field names); '-' reads stdin." };
        var workflow = CommonOptions.Workflow(context);
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var lang = CommonOptions.Lang();
        var maxLineBytes = CommonOptions.MaxLineBytes();
        var format = new Option<string>("--format", "-f") { Description = $"Output format: {DecisionWriters.Described}.", DefaultValueFactory = _ => DecisionWriters.Default };
        format.AcceptOnlyFromAmong([.. DecisionWriters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the results to this file instead of stdout." };

        var command = new Command(
            "check",
            "Evaluate every snapshot of the input with one workflow. Invalid lines (bad JSON or failing validation) are reported on stderr "
            + "with their line number and field, in the --lang language, and skipped (so is a line longer than --max-line-bytes, 16 MiB by default); a summary (counts per outcome, top failure reasons) ends on stderr. "
            + "Exit 0 when every line was evaluated, 2 when some were invalid, 1 on usage or rule errors.\n\n"
            + "Example:\n  douyin-eligibility check merchants.jsonl --workflow AllianceAdmission --format csv --output decisions.csv --lang en")
        {
            input, workflow, rules, asOf, lang, format, output, maxLineBytes,
        };
        command.SetAction(parse => CommandAction.Run(context, () => new CheckRun(
            context,
            parse.GetValue(input)!,
            parse.GetValue(workflow)!,
            parse.GetValue(rules),
            CommonOptions.ParseDate(parse.GetValue(asOf)),
            CommonOptions.Culture(parse.GetValue(lang)!),
            parse.GetValue(format)!,
            parse.GetValue(output),
            CommonOptions.ReadOptions(parse.GetValue(maxLineBytes))).Execute()));
        return command;
    }
}
