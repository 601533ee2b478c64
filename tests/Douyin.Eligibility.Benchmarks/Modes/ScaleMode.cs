using System.Diagnostics;
using System.Globalization;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Benchmarks.Scale;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>scale [sizes...] [--tool path]</c>: for generated workflows of 100, 1,000 and 10,000 rules, a whole
/// <c>douyin-eligibility lint</c> process (wall, peak RSS) and, in this process, load + check + compile + first evaluation
/// and the steady evaluation cost per rule. The BenchmarkDotNet classes ScaleLoadBenchmarks / ScaleEvaluationBenchmarks
/// measure the in-process rows properly; this mode is the quick look.
/// </summary>
public static class ScaleMode
{
    /// <summary>Runs the rows and prints a table.</summary>
    public static int Run(string[] args)
    {
        var tool = Repository.Tool(ref args);
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [100, 1_000, 10_000];
        var directory = Path.Combine(Path.GetTempPath(), "douyin-eligibility-bench");
        Directory.CreateDirectory(directory);
        var snapshots = SnapshotGenerator.Generate(100).ToArray();
        Console.WriteLine("| rules | lint process | lint peak RSS | load+check+compile+first evaluation (in process) | evaluate per snapshot | per rule |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var failed = false;
        foreach (var size in sizes)
        {
            var json = ScaleWorkflow.Json(size);
            var file = Path.Combine(directory, $"scale-{size}.json");
            File.WriteAllText(file, json);
            var lint = ProcessRunner.Start(tool, ["lint", file], measureMemory: true);
            failed |= lint.ExitCode != 0;

            var watch = Stopwatch.StartNew();
            var workflow = ScaleWorkflow.Load(json, size);
            workflow.Evaluate(SnapshotGenerator.AsOf, snapshots[0]);
            var load = watch.Elapsed.TotalMilliseconds;

            var rounds = Math.Max(1, 100_000 / size);
            watch.Restart();
            var evaluated = 0;
            for (var round = 0; round < rounds; round++)
            {
                foreach (var s in snapshots)
                {
                    evaluated += workflow.Evaluate(SnapshotGenerator.AsOf, s).Outcomes.Count > 0 ? 1 : 0;
                }
            }

            var perSnapshotUs = watch.Elapsed.TotalMicroseconds / (rounds * snapshots.Length);
            Console.WriteLine(FormattableString.Invariant(
                $"| {size:N0} | {lint.WallMs:F0} ms (exit {lint.ExitCode}) | {(lint.PeakRssKb is { } kb ? $"{kb / 1024.0:F0} MB" : "n/a")} | {load:F0} ms | {perSnapshotUs:F1} µs | {perSnapshotUs * 1000 / size:F1} ns |"));
        }

        return failed ? 1 : 0;
    }
}
