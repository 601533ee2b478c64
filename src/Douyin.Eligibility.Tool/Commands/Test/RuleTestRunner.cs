using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>Runs test files and prints failures; rule sets are loaded once per (rules, version).</summary>
internal sealed class RuleTestRunner(ToolContext context, string? rulesOverride, CultureInfo? culture = null)
{
    /// <summary>The language of messages and diagnostics (<c>--lang</c>); English when not given.</summary>
    private CultureInfo Culture { get; } = culture ?? CultureInfo.GetCultureInfo("en");
    private readonly Dictionary<(string?, string?), TypedEvaluator> _evaluators = [];
    private int _passed;
    private int _failed;

    public int Run(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.tests.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : throw new ToolException($"'{path}' is neither a test file nor a directory.");
        foreach (var file in files)
        {
            RunFile(file);
        }

        context.Out.WriteLine($"{_passed} passed, {_failed} failed");
        return _failed > 0 || files.Length == 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private void RunFile(string path)
    {
        RuleTestFile file;
        ToolFamily family;
        TypedEvaluator evaluator;
        try
        {
            file = RuleTestFileReader.Read(path);
        }
        catch (ToolException e)
        {
            // The reader's messages start with the file and the position: file(line,col): error DE80xx: …
            _failed++;
            context.Out.WriteLine($"FAIL {e.Message}");
            return;
        }

        try
        {
            family = ToolFamilies.Get(context, file.Workflow);
            evaluator = Evaluator(rulesOverride ?? file.Rules, file.Version);
        }
        catch (ToolException e)
        {
            _failed++;
            context.Out.WriteLine($"FAIL {path}: {e.Message}");
            return;
        }

        foreach (var testCase in file.Cases)
        {
            var problem = Check(testCase, family, evaluator);
            if (problem is null)
            {
                _passed++;
                continue;
            }

            _failed++;
            context.Out.WriteLine($"FAIL {path}: {testCase.Name}");
            context.Out.WriteLine(problem);
        }
    }

    private string? Check(RuleTestCase testCase, ToolFamily family, TypedEvaluator evaluator)
    {
        var item = family.ParseOne(testCase.SnapshotJson, testCase.AsOf, Culture);
        if (!item.IsSuccess)
        {
            return testCase.Invalid is not null && item.Codes.Count > 0
                ? InvalidAsExpected(testCase.Invalid, item.Codes, item.Describe(Culture))
                : $"  invalid snapshot: {item.Describe(Culture)}";
        }

        foreach (var subject in item.Subjects!)
        {
            EligibilityDecision decision;
            try
            {
                decision = evaluator.Decide(family, subject, Culture);
            }
            catch (SubjectException e)
            {
                var problem = testCase.Invalid is null
                    ? $"  invalid snapshot {subject.Id}, {e.Field}: {e.Message}"
                    : InvalidAsExpected(testCase.Invalid, e.Codes, e.Message);
                if (problem is null)
                {
                    continue;
                }

                return problem;
            }

            var outcome = EligibilityFamily.ComparedOutcome(decision);
            var codes = decision.Reasons.Select(ReasonText.Code).ToArray();
            var missing = ReasonText.MissingFields(decision);
            var assumed = decision.Reasons.SelectMany(r => r.Assumptions).Distinct(StringComparer.Ordinal).ToArray();
            var ok = testCase.Invalid is null
                && string.Equals(outcome, testCase.Outcome, StringComparison.OrdinalIgnoreCase)
                && SameSet(testCase.ReasonCodes, codes)
                && SameSet(testCase.MissingFields, missing)
                && SameSet(testCase.Assumptions, assumed);
            if (!ok)
            {
                return $"  expected: {Describe(testCase)}\n"
                    + $"  actual:   {Describe(outcome, codes, missing, testCase.Assumptions is null ? null : assumed)}"
                    + string.Concat(decision.Reasons.Select(r => $"\n    {ReasonText.Code(r)}: {r.Message}"));
            }
        }

        return null;
    }

    /// <summary>Null when the invalid result has exactly the expected validation codes; otherwise what was expected and what came.</summary>
    private static string? InvalidAsExpected(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string message)
        => SameSet(expected, actual)
            ? null
            : $"  expected: invalid [{string.Join(", ", expected)}]\n  actual:   invalid [{string.Join(", ", actual)}]: {message}";

    private static string Describe(RuleTestCase testCase) => testCase.Invalid is { } invalid
        ? $"invalid [{string.Join(", ", invalid)}]"
        : Describe(testCase.Outcome!, testCase.ReasonCodes, testCase.MissingFields, testCase.Assumptions);

    private static bool SameSet(IReadOnlyList<string>? expected, IEnumerable<string> actual)
        => expected is null || expected.ToHashSet(StringComparer.Ordinal).SetEquals(actual);

    private static string Describe(string outcome, IReadOnlyList<string>? reasons, IReadOnlyList<string>? missing, IReadOnlyList<string>? assumed = null)
    {
        var text = $"outcome {outcome}";
        if (reasons is not null)
        {
            text += $", reasons [{string.Join(", ", reasons)}]";
        }

        if (missing is { Count: > 0 })
        {
            text += $", missing [{string.Join(", ", missing)}]";
        }

        if (assumed is not null)
        {
            text += $", assumptions [{string.Join(", ", assumed)}]";
        }

        return text;
    }

    private TypedEvaluator Evaluator(string? rules, string? version)
    {
        if (!_evaluators.TryGetValue((rules, version), out var evaluator))
        {
            evaluator = TypedEvaluator.Create(rules, context with { Error = context.Out }, Culture, version);
            _evaluators[(rules, version)] = evaluator;
        }

        return evaluator;
    }
}
