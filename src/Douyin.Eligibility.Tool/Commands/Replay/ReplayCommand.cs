using System.CommandLine;
using Douyin.Eligibility.Tool.Commands.Daily;

namespace Douyin.Eligibility.Tool.Commands.Replay;

/// <summary><c>replay --store … --date …</c>: re-evaluates the stored snapshots of a day with the workflow versions recorded for them.</summary>
internal static class ReplayCommand
{
    public static Command Create(ToolContext context)
    {
        var store = DailyCommand.StoreOption();
        var date = new Option<string>("--date", "-d") { Description = "The day to replay (yyyy-MM-dd).", Required = true };
        var workflow = new Option<string?>("--workflow", "-w") { Description = $"Replay only this workflow's run of the day: {Evaluation.ToolFamilies.Names(context)} (default: every run of the day)." };
        var rules = CommonOptions.Rules();
        var lang = CommonOptions.Lang();
        var command = new Command(
            "replay",
            "Re-evaluate the snapshots a day's run stored, each with the workflow version recorded for it, and list every decision whose outcome or reason codes now differ. "
            + "When the rules' content hash differs from the recorded one, says so. Exit 0 when nothing differs, 3 when some decisions differ, 1 on usage, rule or store errors.\n\n"
            + "Example:\n  douyin-eligibility replay --store decisions.db --date 2026-11-21 --lang en")
        {
            store, date, workflow, rules, lang,
        };
        command.SetAction(parse => CommandAction.Run(context, () => new ReplayRun(
            context,
            parse.GetValue(store)!,
            CommonOptions.ParseDate(parse.GetValue(date)) ?? throw new ToolException("--date is required."),
            parse.GetValue(workflow),
            parse.GetValue(rules),
            CommonOptions.Culture(parse.GetValue(lang)!)).Execute()));
        return command;
    }
}
