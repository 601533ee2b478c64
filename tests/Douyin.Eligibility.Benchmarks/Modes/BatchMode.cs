using System.Globalization;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>batch [lines...] [--tool path] [--runs n]</c>: the tool's <c>check</c>, JSON Lines to JSON Lines, on generated files
/// (default 100,000 and 1,000,000 lines, kept in the temp directory), reporting snapshots/s and peak RSS.
/// </summary>
public static class BatchMode
{
    /// <summary>Runs the rows and prints a table.</summary>
    public static int Run(string[] args)
    {
        var tool = Repository.Tool(ref args);
        var runs = 1;
        var runsAt = Array.IndexOf(args, "--runs");
        if (runsAt >= 0 && runsAt + 1 < args.Length)
        {
            runs = int.Parse(args[runsAt + 1], CultureInfo.InvariantCulture);
            args = [.. args[..runsAt], .. args[(runsAt + 2)..]];
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [100_000, 1_000_000];
        var directory = Path.Combine(Path.GetTempPath(), "douyin-eligibility-bench");
        Directory.CreateDirectory(directory);
        Console.WriteLine($"| check, JSON Lines to JSON Lines (median of {runs}) | lines | input | wall | snapshots/s | CPU (user+sys) | peak RSS | exit |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var failed = false;
        foreach (var size in sizes)
        {
            var input = Path.Combine(directory, $"merchants-{size}.jsonl");
            if (!File.Exists(input))
            {
                SnapshotGenerator.WriteJsonLines(input + ".tmp", size);
                File.Move(input + ".tmp", input, overwrite: true);
            }

            var output = Path.Combine(directory, $"decisions-{size}.jsonl");
            var measured = Enumerable.Range(0, runs)
                .Select(_ => ProcessRunner.Start(tool, ["check", input, "--workflow", "AllianceAdmission", "--format", "jsonl", "--output", output], measureMemory: true))
                .ToArray();
            var wall = ProcessRunner.Median(measured.Select(r => r.WallMs));
            var rss = measured.Max(r => r.PeakRssKb);
            var cpu = measured.Where(r => r.CpuMs is not null).Select(r => r.CpuMs!.Value).ToArray();
            var lines = File.Exists(output) ? File.ReadLines(output).LongCount() : 0;
            failed |= lines != size;
            var exit = string.Join(",", measured.Select(r => r.ExitCode).Distinct());
            Console.WriteLine(FormattableString.Invariant(
                $"| {size:N0} generated snapshots | {lines:N0} out | {new FileInfo(input).Length / 1e6:F0} MB | {wall / 1000:F2} s | {size / (wall / 1000):N0} | {(cpu.Length > 0 ? $"{ProcessRunner.Median(cpu) / 1000:F1} s" : "n/a")} | {(rss is { } kb ? $"{kb / 1024.0:F0} MB" : "n/a")} | {exit} |"));
            File.Delete(output);
        }

        return failed ? 1 : 0;
    }
}
