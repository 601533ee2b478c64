using System.Globalization;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>batch [lines...] [--tool path] [--runs n] [--env NAME=VALUE]...</c>: the tool's <c>check</c>, JSON Lines to JSON Lines,
/// on generated files (default 100,000 and 1,000,000 lines, kept in the temp directory), reporting snapshots/s, CPU time
/// and peak RSS. <c>--env</c> sets a variable for the tool's processes, e.g. a runtime knob (<c>DOTNET_TieredPGO=0</c>).
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

        var settings = new List<string>();
        for (var at = Array.IndexOf(args, "--env"); at >= 0 && at + 1 < args.Length; at = Array.IndexOf(args, "--env"))
        {
            // Inherited by the tool's processes (this program's own runtime has started already).
            var setting = args[at + 1];
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--env takes NAME=VALUE, not '{setting}'.");
            }

            Environment.SetEnvironmentVariable(setting[..equals], setting[(equals + 1)..]);
            settings.Add(setting);
            args = [.. args[..at], .. args[(at + 2)..]];
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [100_000, 1_000_000];
        var directory = Path.Combine(Path.GetTempPath(), "douyin-eligibility-bench");
        Directory.CreateDirectory(directory);
        Console.WriteLine($"| check, JSON Lines to JSON Lines (median of {runs}{(settings.Count > 0 ? ", " + string.Join(" ", settings) : "")}) | lines | input | wall | snapshots/s | CPU (user+sys) | peak RSS | exit |");
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
            var (lines, ordered) = File.Exists(output) ? InOrder(output) : (0, false);
            failed |= lines != size || !ordered;
            var exit = string.Join(",", measured.Select(r => r.ExitCode).Distinct());
            Console.WriteLine(FormattableString.Invariant(
                $"| {size:N0} generated snapshots | {lines:N0} out{(ordered ? string.Empty : ", NOT IN INPUT ORDER")} | {new FileInfo(input).Length / 1e6:F0} MB | {wall / 1000:F2} s | {size / (wall / 1000):N0} | {(cpu.Length > 0 ? $"{ProcessRunner.Median(cpu) / 1000:F1} s" : "n/a")} | {(rss is { } kb ? $"{kb / 1024.0:F0} MB" : "n/a")} | {exit} |"));
            File.Delete(output);
        }

        return failed ? 1 : 0;
    }

    // Every row's "line" is the one after the last: output order is input order (generated files have no invalid lines).
    private static (long Lines, bool Ordered) InOrder(string output)
    {
        var (count, ordered) = (0L, true);
        foreach (var row in File.ReadLines(output))
        {
            count++;
            const string Prefix = "{\"line\":";
            var comma = row.IndexOf(',', StringComparison.Ordinal);
            ordered &= row.StartsWith(Prefix, StringComparison.Ordinal) && comma > Prefix.Length
                && long.TryParse(row.AsSpan(Prefix.Length, comma - Prefix.Length), CultureInfo.InvariantCulture, out var line) && line == count;
        }

        return (count, ordered);
    }
}
