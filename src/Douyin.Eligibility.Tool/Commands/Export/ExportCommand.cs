using System.CommandLine;
using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.RulesEngine;
using Douyin.Eligibility.Tool.Loading;

namespace Douyin.Eligibility.Tool.Commands.Export;

/// <summary><c>export --to rulesengine [rules] --output &lt;dir&gt;</c>: writes the rules as plain Microsoft RulesEngine workflows.</summary>
internal static class ExportCommand
{
    /// <summary>The one export target so far.</summary>
    public const string RulesEngineTarget = "rulesengine";

    public static Command Create(ToolContext context)
    {
        var rules = new Argument<string?>("rules")
        {
            Description = "A rule file, or a directory searched recursively (default: the rules shipped with the library).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var to = new Option<string>("--to") { Description = $"What to export to: {RulesEngineTarget}.", Required = true };
        to.AcceptOnlyFromAmong(RulesEngineTarget);
        var output = new Option<string>("--output", "-o") { Description = "The directory to write the files to (created when missing).", Required = true };
        var lang = CommonOptions.Lang();
        var command = new Command(
            "export",
            "Write the rules as plain Microsoft RulesEngine 6 workflows: one workflow JSON file per version, the helper type's C# source, "
            + "plain C# input types that read the snapshot JSON, a reader of the rules' outcomes and a README showing how to load them. "
            + "Rule errors and rules that cannot be translated are printed as path(line,col): error CODE: message and nothing is written. Exit 1 on errors, 0 otherwise.\n\n"
            + "Example:\n  douyin-eligibility export --to rulesengine rules/ --output exported/")
        {
            rules, to, output, lang,
        };
        command.SetAction(parse => CommandAction.Run(context, () => Run(parse.GetValue(rules), parse.GetValue(output)!, context, CommonOptions.Culture(parse.GetValue(lang)!))));
        return command;
    }

    private static int Run(string? path, string output, ToolContext context, CultureInfo culture)
    {
        var loaded = path is null ? LoadEmbedded(context) : RuleFiles.Load(path, context.Families);
        if (Report(loaded.Diagnostics, context, culture) || loaded.RuleSet is not { } ruleSet)
        {
            return ExitCodes.Failure;
        }

        var translation = RulesEngineTranslator.Translate(ruleSet);
        if (Report(translation.Diagnostics, context, culture))
        {
            return ExitCodes.Failure;
        }

        IReadOnlyList<string> written;
        try
        {
            written = RulesEngineExporter.Export(translation, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"Cannot write to '{output}': {e.Message}");
        }

        context.Out.WriteLine(ToolText.Get(culture, "ExportWritten", translation.Workflows.Count, written.Count, Path.GetFullPath(output)));
        return ExitCodes.Success;
    }

    private static RuleSetLoadResult LoadEmbedded(ToolContext context)
    {
        var result = EligibilityEvaluator.TryCreate(null, out var evaluator, new EligibilityOptions { Families = context.Families });
        evaluator?.Dispose();
        return result;
    }

    /// <summary>Prints every diagnostic to stderr and, when some are errors, that nothing was exported; true when there were errors.</summary>
    private static bool Report(IReadOnlyList<Diagnostic> diagnostics, ToolContext context, CultureInfo culture)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine(diagnostic.ToString(culture));
        }

        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            context.Error.WriteLine(ToolText.Get(culture, "ExportFailed", ToolText.Errors(culture, errors)));
        }

        return errors > 0;
    }
}
