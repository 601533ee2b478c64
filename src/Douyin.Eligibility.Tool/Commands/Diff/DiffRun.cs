using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Tool.Commands.Check.Output;
using Douyin.Eligibility.Tool.Commands.Check;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Diff;

/// <summary>One run of <c>diff</c>: each snapshot is read once and decided under both rule sets.</summary>
internal sealed class DiffRun(
    ToolContext context,
    string inputPath,
    string? workflowName,
    string? oldRulesPath,
    string newRulesPath,
    DateOnly? asOf,
    CultureInfo culture,
    SnapshotReadOptions readOptions)
{
    public int Execute()
    {
        var before = TypedEvaluator.Create(oldRulesPath, context, culture);
        var after = TypedEvaluator.Create(newRulesPath, context, culture);
        if (workflowName is null)
        {
            var changed = ChangedWorkflows.Between(before.RuleSet, after.RuleSet);
            switch (changed.Count)
            {
                case 0:
                    context.Out.WriteLine(ToolText.Get(culture, "Diff_NoneDiffer"));
                    return ExitCodes.Success;
                case > 1:
                    throw new ToolException(ToolText.Get(culture, "Diff_Several", string.Join(", ", changed)));
            }

            workflowName = changed[0];
            context.Error.WriteLine(ToolText.Get(culture, "Diff_Comparing", workflowName));
        }

        var family = ToolFamilies.Get(context, workflowName);
        using var source = InputSource.Open(inputPath, context, readOptions);
        var runner = new SubjectRunner(context, source, family, asOf, culture);
        var pairs = new Dictionary<(string, string), int>();
        int total = 0, flipped = 0;

        runner.Run((item, subject) =>
        {
            var oldDecision = before.Decide(family, subject, culture);
            var newDecision = after.Decide(family, subject, culture);
            var (oldOutcome, newOutcome) = (EligibilityFamily.ComparedOutcome(oldDecision), EligibilityFamily.ComparedOutcome(newDecision));
            total++;
            if (oldOutcome == newOutcome)
            {
                return;
            }

            flipped++;
            var key = (oldOutcome, newOutcome);
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
            context.Out.WriteLine(ToolText.Get(culture, "Diff_Flip", item.Line, subject.Id, oldOutcome, newOutcome));
            WriteReasons(ToolText.Get(culture, "Diff_Old"), oldDecision);
            WriteReasons(ToolText.Get(culture, "Diff_New"), newDecision);
        });

        context.Out.WriteLine(ToolText.Get(culture, "Diff_Counts", total, flipped, runner.Invalid));
        foreach (var ((from, to), count) in pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            context.Out.WriteLine($"  {from} → {to}: {count}");
        }

        return runner.Invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private void WriteReasons(string side, EligibilityDecision decision)
    {
        if (decision.Reasons.Count == 0)
        {
            context.Out.WriteLine($"    {side}: {ToolText.Get(culture, "Diff_NoReasons")}");
            return;
        }

        foreach (var reason in decision.Reasons)
        {
            context.Out.WriteLine($"    {side}: {ReasonText.Code(reason)}: {reason.Message}");
        }
    }
}
