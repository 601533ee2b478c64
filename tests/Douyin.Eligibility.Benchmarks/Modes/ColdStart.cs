using System.Diagnostics;
using System.Globalization;
using Douyin.Eligibility.Benchmarks.Admission;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>coldstart [runs] [--tool path]</c>: each row in N fresh processes (default 11), reporting the median. In-process rows
/// also report the time measured inside the child from the start of its Main (runtime start excluded).
/// </summary>
public static class ColdStart
{
    private const string Marker = "coldstart-ms=";

    /// <summary>Runs every row and prints a table.</summary>
    public static int Run(string[] args)
    {
        var tool = Repository.Tool(ref args);
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 11;
        var (self, prefix) = ProcessRunner.Self();
        var rows = new (string Name, string File, string[] Args)[]
        {
            ("(a) CreateDefault() + first decision, in process", self, [.. prefix, "coldstart-child", "default"]),
            ("(e) RulesEngine 6.0.1: build + first evaluation, in process", self, [.. prefix, "coldstart-child", "rulesengine"]),
            ("    benchmarks program, empty mode (process floor)", self, [.. prefix, "coldstart-child", "none"]),
            ("(b) douyin-eligibility lint rules", tool, ["lint", "rules"]),
            ("(c) douyin-eligibility explain merchant.json", tool, ["explain", Repository.ExampleMerchant, "--workflow", "AllianceAdmission", "--lang", "en"]),
            ("(d) douyin-eligibility --version (floor)", tool, ["--version"]),
        };

        Console.WriteLine($"| cold start, median of {runs} fresh processes | in process | process wall | process CPU (user+sys) | peak RSS | exit |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var failed = false;
        foreach (var (name, file, rowArgs) in rows)
        {
            ProcessRunner.Start(file, rowArgs); // warms the file cache, not the process
            var measured = Enumerable.Range(0, runs).Select(_ => ProcessRunner.Start(file, rowArgs, measureMemory: true)).ToArray();
            var inside = measured.Select(r => r.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal)))
                .Where(l => l is not null)
                .Select(l => double.Parse(l![Marker.Length..], CultureInfo.InvariantCulture))
                .ToArray();
            var exit = measured.Select(r => r.ExitCode).Distinct().ToArray();
            failed |= exit.Any(e => e != 0 && !name.Contains("lint", StringComparison.Ordinal));
            var cpu = measured.Where(r => r.CpuMs is not null).Select(r => r.CpuMs!.Value).ToArray();
            var rss = measured.Where(r => r.PeakRssKb is not null).Select(r => (double)r.PeakRssKb!.Value).ToArray();
            Console.WriteLine(
                $"| {name} | {(inside.Length > 0 ? $"{ProcessRunner.Median(inside):F0} ms" : "")} | {ProcessRunner.Median(measured.Select(r => r.WallMs)):F0} ms "
                + $"| {(cpu.Length > 0 ? $"{ProcessRunner.Median(cpu):F0} ms" : "n/a")} | {(rss.Length > 0 ? $"{ProcessRunner.Median(rss) / 1024:F0} MB" : "n/a")} | {string.Join(",", exit)} |");
        }

        return failed ? 1 : 0;
    }

    /// <summary>The child side: does one row's work and prints the time it took from the start of the mode.</summary>
    public static int Child(string[] args)
    {
        // The snapshot is read before the clock starts: the row is the engine's start-up, not the JSON reader's.
        var mode = args.FirstOrDefault() ?? "none";
        var merchant = mode == "none" ? null : Example();
        var watch = Stopwatch.StartNew();
        var outcome = mode switch
        {
            "default" => DefaultFirstDecision(merchant!),
            "rulesengine" => RulesEngineFirstEvaluation(merchant!),
            _ => "none",
        };
        Console.WriteLine(FormattableString.Invariant($"{Marker}{watch.Elapsed.TotalMilliseconds:F1}"));
        Console.WriteLine(outcome);
        return 0;
    }

    private static MerchantSnapshot Example() => SnapshotJson.Deserialize<MerchantSnapshot>(File.ReadAllText(Repository.ExampleMerchant));

    private static string DefaultFirstDecision(MerchantSnapshot merchant)
    {
        using var evaluator = EligibilityEvaluator.CreateDefault();
        return evaluator.EvaluateAllianceAdmission(merchant).Decision!.Outcome.ToString();
    }

    private static string RulesEngineFirstEvaluation(MerchantSnapshot merchant)
    {
        Span<RuleOutcome> outcomes = stackalloc RuleOutcome[HandWrittenAdmission.RuleCount];
        return new RulesEngineAdmission().Evaluate(merchant, merchant.AsOf, outcomes).ToString();
    }
}
