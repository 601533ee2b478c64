using System.CommandLine;
using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Explain;

/// <summary><c>explain &lt;snapshot.json&gt; --workflow &lt;name&gt;</c>: one decision, condition by condition.</summary>
internal static class ExplainCommand
{
    public static Command Create(ToolContext context)
    {
        var input = new Argument<string>("snapshot.json") { Description = "One snapshot as a JSON object ('-' reads stdin)." };
        var workflow = CommonOptions.Workflow(context);
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var lang = CommonOptions.Lang();
        var command = new Command(
            "explain",
            "Explain one decision as a person reads it: every rule and condition with the observed value, the threshold, the outcome and the gap to passing. "
            + "Exit 0, 2 when the snapshot is not valid, 1 on usage or rule errors.\n\n"
            + "Example:\n  douyin-eligibility explain samples/data/examples/merchant.json --workflow AllianceAdmission --lang en")
        {
            input, workflow, rules, asOf, lang,
        };
        command.SetAction(parse => CommandAction.Run(context, () => Run(
            context,
            parse.GetValue(input)!,
            ToolFamilies.Get(context, parse.GetValue(workflow)!),
            parse.GetValue(rules),
            CommonOptions.ParseDate(parse.GetValue(asOf)),
            CommonOptions.Culture(parse.GetValue(lang)!))));
        return command;
    }

    private static int Run(ToolContext context, string path, ToolFamily family, string? rules, DateOnly? asOf, System.Globalization.CultureInfo culture)
    {
        var json = ReadAll(path, context);
        var evaluator = TypedEvaluator.Create(rules, context, culture);
        var item = family.ParseOne(json, asOf, culture);
        if (!item.IsSuccess)
        {
            context.Error.WriteLine(item.Report(path, culture));
            return ExitCodes.InvalidInput;
        }

        var first = true;
        foreach (var subject in item.Subjects!)
        {
            if (!first)
            {
                context.Out.WriteLine();
            }

            first = false;
            try
            {
                evaluator.Explain(family, subject, culture, context.Out);
            }
            catch (SubjectException e)
            {
                context.Error.WriteLine(ToolText.Get(culture, "InvalidSnapshot_Field", path, e.Field, e.Message));
                return ExitCodes.InvalidInput;
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>One snapshot, at most <see cref="SnapshotReadOptions.DefaultMaxItemBytes"/> long, as every reader of the tool.</summary>
    private static string ReadAll(string path, ToolContext context)
    {
        const long limit = SnapshotReadOptions.DefaultMaxItemBytes;
        if (path == "-")
        {
            var buffer = new char[64 * 1024];
            var text = new StringBuilder();
            int read;
            while ((read = context.In.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > limit)
                {
                    throw new ToolException($"The snapshot on standard input is longer than {limit:N0} characters; explain reads one snapshot.");
                }
            }

            return text.ToString();
        }

        try
        {
            return new FileInfo(path).Length > limit
                ? throw new ToolException($"'{path}' is larger than {limit:N0} bytes; explain reads one snapshot.")
                : File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"Cannot read '{path}': {e.Message}");
        }
    }
}
