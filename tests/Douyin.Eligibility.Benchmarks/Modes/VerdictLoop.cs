using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>verdict-loop [seconds] [verdict|hand|both]</c>: the verdict (<c>Evaluate&lt;T&gt;</c>) and the hand-written chain over
/// 1,000 generated snapshots in alternating rounds, printing the fastest round of each and their ratio: a quick look and
/// a steady loop to profile (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>), not a measurement for the docs.
/// </summary>
internal static class VerdictLoop
{
    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var only = args.Length > 1 ? args[1] : "both";
        using var evaluator = EligibilityEvaluator.CreateDefault();
        var workflow = evaluator.CurrentRuleSet.GetWorkflow("AllianceAdmission", SnapshotGenerator.AsOf);
        var snapshots = SnapshotGenerator.Generate(1000).ToArray();
        var outcomes = new Rules.RuleOutcome[16];
        workflow.Evaluate(SnapshotGenerator.AsOf, snapshots[0], outcomes.AsSpan());
        workflow.Evaluate(SnapshotGenerator.AsOf, snapshots[0], outcomes.AsSpan());
        workflow.CompileVerdictNow();
        var end = System.Diagnostics.Stopwatch.StartNew();
        double bestV = double.MaxValue, bestH = double.MaxValue;
        var sum = 0;
        while (end.Elapsed.TotalSeconds < seconds)
        {
            if (only != "hand")
            {
                var w = System.Diagnostics.Stopwatch.StartNew();
                foreach (var s in snapshots) sum += (int)workflow.Evaluate(SnapshotGenerator.AsOf, s, outcomes.AsSpan());
                bestV = Math.Min(bestV, w.Elapsed.TotalNanoseconds / snapshots.Length);
            }

            if (only != "verdict")
            {
                var w = System.Diagnostics.Stopwatch.StartNew();
                foreach (var s in snapshots) sum += (int)Admission.HandWrittenAdmission.Evaluate(s, SnapshotGenerator.AsOf, outcomes.AsSpan());
                bestH = Math.Min(bestH, w.Elapsed.TotalNanoseconds / snapshots.Length);
            }
        }

        Console.WriteLine(FormattableString.Invariant($"verdict {bestV:F1} ns, hand-written {bestH:F1} ns, ratio {bestV / bestH:F2} ({sum})"));
        return 0;
    }
}
