using System.CommandLine;
using Douyin.Eligibility.Tool.Commands.Check;
using Douyin.Eligibility.Tool.Commands.Daily;
using Douyin.Eligibility.Tool.Commands.Diff;
using Douyin.Eligibility.Tool.Commands.Explain;
using Douyin.Eligibility.Tool.Commands.Export;
using Douyin.Eligibility.Tool.Commands.Lint;
using Douyin.Eligibility.Tool.Commands.Replay;
using Douyin.Eligibility.Tool.Commands.Report;
using Douyin.Eligibility.Tool.Commands.Test;

namespace Douyin.Eligibility.Tool;

/// <summary>Builds the command line and runs it against the given streams; returns the exit code.</summary>
internal static class ToolApp
{
    public static int Run(string[] args, ToolContext context)
    {
        var root = new RootCommand(
            "douyin-eligibility: check snapshots against the Douyin eligibility rules, explain decisions, lint and test rule files, measure the impact of a rule change, export the rules to Microsoft RulesEngine, record the daily check in a decision store and report its history as HTML.\n\n"
            + "Example:\n  douyin-eligibility check merchants.jsonl --workflow AllianceAdmission --format table");
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(LintCommand.Create(context));
        root.Subcommands.Add(TestCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(DailyCommand.Create(context));
        root.Subcommands.Add(ReplayCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));

        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        return root.Parse(args).Invoke(configuration);
    }
}
