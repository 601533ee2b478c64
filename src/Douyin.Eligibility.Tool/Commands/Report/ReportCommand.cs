using System.CommandLine;
using Douyin.Eligibility.Tool.Commands.Daily;

namespace Douyin.Eligibility.Tool.Commands.Report;

/// <summary><c>report --store &lt;file | connection string&gt; --output report.html</c>: the decision history as one self-contained HTML file.</summary>
internal static class ReportCommand
{
    public static Command Create(ToolContext context)
    {
        var store = DailyCommand.StoreOption();
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write (replaced when it exists).", Required = true };
        var workflow = new Option<string?>("--workflow", "-w") { Description = "Only this family (default: every family in the store)." };
        var asOf = new Option<string?>("--as-of") { Description = "The report date (yyyy-MM-dd): each family's latest run on or before it (default: each family's latest run)." };
        var margin = DailyCommand.MarginOption();
        var lang = new Option<string>("--lang") { Description = "The language of the report: zh-CN or en.", DefaultValueFactory = _ => "zh-CN" };
        var command = new Command(
            "report",
            "Write the decision history of a store (SQLite file or PostgreSQL connection string) as one self-contained HTML file: outcome counts over time, "
            + "the top reasons and their trend, the changes since the previous run (newly failing, recovered, still failing), the subjects at risk with their gaps, "
            + "and how the key metrics are distributed against their thresholds. No script, font or network; readable when printed. Exit 0, 1 on usage or store errors.\n\n"
            + "Example:\n  douyin-eligibility report --store decisions.db --lang en --output report.html")
        {
            store, output, workflow, asOf, margin, lang,
        };
        command.SetAction(parse => CommandAction.Run(context, () => new ReportRun(
            context,
            parse.GetValue(store)!,
            parse.GetValue(output)!,
            parse.GetValue(workflow),
            CommonOptions.ParseDate(parse.GetValue(asOf)),
            DailyCommand.ParseMargin(parse.GetValue(margin)!),
            CommonOptions.Culture(parse.GetValue(lang)!)).Execute()));
        return command;
    }
}
