using System.CommandLine;

namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary><c>test &lt;file-or-dir&gt;</c>: runs rule test files (<c>*.tests.json</c>, docs/rule-tests.md).</summary>
internal static class TestCommand
{
    public static Command Create(ToolContext context)
    {
        var path = new Argument<string>("file-or-dir") { Description = "A *.tests.json file, or a directory searched recursively for them." };
        var rules = CommonOptions.Rules("Rules to test instead of those the test files name (a file or directory).");
        var lang = CommonOptions.Lang("en");
        var command = new Command(
            "test",
            "Run rule test files: each case's snapshot is evaluated and its outcome (and, when given, reason codes and missing fields) compared. "
            + "Every failing case is shown with expected and actual; the last line is 'N passed, N failed'. Exit 1 when a case fails.\n\n"
            + "Example:\n  douyin-eligibility test rules/tests/")
        {
            path, rules, lang,
        };
        command.SetAction(parse => CommandAction.Run(context, () => new RuleTestRunner(context, parse.GetValue(rules), CommonOptions.Culture(parse.GetValue(lang)!)).Run(parse.GetValue(path)!)));
        return command;
    }
}
