using System.CommandLine;
using System.Globalization;

namespace Douyin.Eligibility.Tool.Commands.Daily;

/// <summary><c>daily &lt;input&gt; --workflow &lt;name&gt; --store &lt;file | connection string&gt;</c>: evaluates, records and reports against the previous run.</summary>
internal static class DailyCommand
{
    /// <summary>The default <c>--margin</c>: a passing numeric condition within 5 % of its threshold is at risk.</summary>
    public const decimal DefaultMargin = 0.05m;

    public static Command Create(ToolContext context)
    {
        var input = new Argument<string>("input") { Description = "Today's snapshots as JSON Lines, a JSON array, or CSV; '-' reads stdin." };
        var workflow = CommonOptions.Workflow(context);
        var store = StoreOption();
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var margin = MarginOption();
        var noSnapshots = new Option<bool>("--no-snapshots") { Description = "Do not keep the snapshots in the store (smaller; the day cannot be replayed)." };
        var lang = CommonOptions.Lang();
        var maxLineBytes = CommonOptions.MaxLineBytes();

        var command = new Command(
            "daily",
            "Evaluate today's snapshots, record every decision in the decision store (SQLite file or PostgreSQL connection string), and report against the previous run: "
            + "newly failing, recovered, still failing (with consecutive days), at risk (within --margin of a threshold), and Alliance openings counted from the history against the limit of 3. "
            + "Running the same day again replaces that day. Exit 0, 2 when some lines were invalid (they are reported and skipped), 1 on usage, rule or store errors.\n\n"
            + "Example:\n  douyin-eligibility daily merchants-2026-11-21.jsonl --workflow AllianceClearance --store decisions.db --lang en")
        {
            input, workflow, store, rules, asOf, margin, noSnapshots, lang, maxLineBytes,
        };
        command.SetAction(parse => CommandAction.Run(context, () => new DailyRun(
            context,
            parse.GetValue(input)!,
            parse.GetValue(workflow)!,
            parse.GetValue(store)!,
            parse.GetValue(rules),
            CommonOptions.ParseDate(parse.GetValue(asOf)),
            ParseMargin(parse.GetValue(margin)!),
            !parse.GetValue(noSnapshots),
            CommonOptions.Culture(parse.GetValue(lang)!),
            CommonOptions.ReadOptions(parse.GetValue(maxLineBytes))).Execute()));
        return command;
    }

    /// <summary>The <c>--store</c> option <c>daily</c>, <c>replay</c> and <c>report</c> share.</summary>
    public static Option<string> StoreOption() => new("--store", "-s")
    {
        Description = "The decision store: a SQLite file (created when missing) or a PostgreSQL connection string (Host=…;Database=…;Username=…).",
        Required = true,
    };

    /// <summary>The <c>--margin</c> option <c>daily</c> and <c>report</c> share (read it with <see cref="ParseMargin"/>).</summary>
    public static Option<string> MarginOption() => new("--margin")
    {
        Description = "At risk: a passing numeric condition whose value is within this fraction of its threshold (0.05: a score of 3.6 against at least 3.5).",
        DefaultValueFactory = _ => DefaultMargin.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A <c>--margin</c> value: a fraction from 0 to 1.</summary>
    public static decimal ParseMargin(string text)
        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var margin) && margin is >= 0 and <= 1
            ? margin
            : throw new ToolException($"--margin must be a number from 0 to 1 (0.05 = 5 %), not '{text}'.");
}
