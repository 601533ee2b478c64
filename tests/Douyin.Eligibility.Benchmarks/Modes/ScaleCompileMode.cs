using System.Diagnostics;
using System.Globalization;
using Douyin.Eligibility.Benchmarks.Scale;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>scale-compile [sizes...]</c>: in this process, for generated workflows of many rules, the phases of getting to a
/// verdict: load + check, the first evaluation (which builds the fused verdict: interpreted, or compiled), the time until
/// the background compilation has swapped every chunk in, and the steady cost per rule of the verdict path
/// (<c>Evaluate&lt;T&gt;</c> into a span) before and after the swap. One shot each: a quick look, CPU time included.
/// <c>--compile</c> compiles the verdict to IL on the first evaluation instead (<see cref="VerdictTiering.Compile"/>, as
/// before interpreting first). <c>--steady &lt;seconds&gt;</c> runs the compiled verdict that long for the last column, so
/// that a profiler or <c>perf stat</c> over the process sees mostly the steady state.
/// </summary>
public static class ScaleCompileMode
{
    /// <summary>Runs the rows and prints a table.</summary>
    public static int Run(string[] args)
    {
        var tiering = args.Contains("--compile") ? VerdictTiering.Compile : VerdictTiering.Automatic;
        args = args.Where(a => a != "--compile").ToArray();
        var steadyAt = Array.IndexOf(args, "--steady");
        var steady = TimeSpan.Zero;
        if (steadyAt >= 0 && steadyAt + 1 < args.Length)
        {
            steady = TimeSpan.FromSeconds(double.Parse(args[steadyAt + 1], CultureInfo.InvariantCulture));
            args = [.. args[..steadyAt], .. args[(steadyAt + 2)..]];
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [100, 1_000, 10_000];
        var snapshots = SnapshotGenerator.Generate(100).ToArray();
        Console.WriteLine("| rules | load + check | first evaluation | ready (load to first verdict) | CPU to first verdict | until compiled | per rule, first form | per rule, compiled |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var json = ScaleWorkflow.Json(size);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var workflow = ScaleWorkflow.Load(json, size, tiering);
            var load = watch.Elapsed.TotalMilliseconds;
            var outcomes = new RuleOutcome[size];
            workflow.Evaluate(SnapshotGenerator.AsOf, snapshots[0], outcomes.AsSpan());
            var ready = watch.Elapsed.TotalMilliseconds;
            var readyCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var firstForm = PerRule(workflow, snapshots, outcomes, size, rounds: 1);
            workflow.CompileVerdictNow();
            var compiled = watch.Elapsed.TotalMilliseconds;
            var rounds = Math.Max(1, 20_000 / size);
            if (steady > TimeSpan.Zero)
            {
                // Rounds for the steady time, from one timed round.
                rounds = Math.Max(rounds, (int)(steady.TotalNanoseconds / (PerRule(workflow, snapshots, outcomes, size, rounds: 1) * snapshots.Length * size)));
            }

            var final = PerRule(workflow, snapshots, outcomes, size, rounds);
            Console.WriteLine(FormattableString.Invariant(
                $"| {size:N0} | {load:F0} ms | {ready - load:F0} ms | {ready:F0} ms | {readyCpu:F0} ms | {compiled:F0} ms | {firstForm:F1} ns | {final:F1} ns |"));
        }

        return 0;
    }

    private static double PerRule(Workflow workflow, Douyin.Eligibility.Snapshots.MerchantSnapshot[] snapshots, RuleOutcome[] outcomes, int size, int rounds)
    {
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var s in snapshots)
            {
                workflow.Evaluate(SnapshotGenerator.AsOf, s, outcomes.AsSpan());
            }
        }

        return watch.Elapsed.TotalNanoseconds / (rounds * snapshots.Length * (double)size);
    }
}
