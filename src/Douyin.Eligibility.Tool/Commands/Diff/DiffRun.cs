using System.Globalization;
using Douyin.Eligibility.Tool.Commands.Check;
using Douyin.Eligibility.Tool.Evaluation;
using Douyin.Eligibility.Tool.Families;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Commands.Diff;

/// <summary>One run of <c>diff</c>: each snapshot is read once and decided under both rule sets.</summary>
internal sealed class DiffRun(
    ToolContext context,
    string inputPath,
    string? workflowName,
    string oldRulesPath,
    string newRulesPath,
    DateOnly? asOf,
    CultureInfo culture)
{
    public int Execute()
    {
        var before = Evaluators.Create(oldRulesPath, context);
        var after = Evaluators.Create(newRulesPath, context);
        if (workflowName is null)
        {
            var changed = ChangedWorkflows.Between(before.RuleSet, after.RuleSet);
            switch (changed.Count)
            {
                case 0:
                    context.Out.WriteLine("No workflow differs between the two rule sets; no decision can flip.");
                    return ExitCodes.Success;
                case > 1:
                    throw new ToolException($"Several workflows differ ({string.Join(", ", changed)}); choose one with --workflow.");
            }

            workflowName = changed[0];
            context.Error.WriteLine($"Comparing {workflowName}, the only workflow that differs.");
        }

        var family = WorkflowFamilies.Get(workflowName);
        using var source = InputSource.Open(inputPath, context);
        var runner = new ProgressRunner(context, source);
        var pairs = new Dictionary<(string, string), int>();
        int total = 0, flipped = 0, invalid = 0;

        runner.Run(family.Read(source, asOf), item =>
        {
            if (!item.IsValid)
            {
                invalid++;
                runner.Report($"{source.Name}: invalid snapshot, {item.Describe()}");
                return;
            }

            foreach (var subject in family.Subjects(item.Snapshot!))
            {
                Decision oldDecision, newDecision;
                try
                {
                    oldDecision = before.Decide(family, subject, culture);
                    newDecision = after.Decide(family, subject, culture);
                }
                catch (SubjectException e)
                {
                    invalid++;
                    runner.Report($"{source.Name}: invalid snapshot, {InputItem.Invalid(item.Line, e.Field, e.Message).Describe()} ({subject.Id})");
                    continue;
                }

                total++;
                if (oldDecision.Outcome == newDecision.Outcome)
                {
                    continue;
                }

                flipped++;
                var key = (oldDecision.Outcome, newDecision.Outcome);
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
                context.Out.WriteLine($"line {item.Line}  {subject.Id}  {oldDecision.Outcome} → {newDecision.Outcome}");
                WriteReasons("old", oldDecision);
                WriteReasons("new", newDecision);
            }
        });

        context.Out.WriteLine($"{total} evaluated, {flipped} flipped, {invalid} invalid");
        foreach (var ((from, to), count) in pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            context.Out.WriteLine($"  {from} → {to}: {count}");
        }

        return invalid > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private void WriteReasons(string side, Decision decision)
    {
        if (decision.Reasons.Count == 0)
        {
            context.Out.WriteLine($"    {side}: (no reasons)");
            return;
        }

        foreach (var reason in decision.Reasons)
        {
            context.Out.WriteLine($"    {side}: {reason.Code}: {reason.Message}");
        }
    }
}
