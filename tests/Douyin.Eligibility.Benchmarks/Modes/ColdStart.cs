using System.Diagnostics;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Douyin.Eligibility.Benchmarks.Admission;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>coldstart [runs] [--tool path]</c>: each row in N fresh processes (default 11), reporting the median. In-process rows
/// also report the time measured inside the child from the start of its work (runtime start excluded) and what the JIT
/// compiled in that time (<see cref="System.Runtime.JitInfo"/>: methods, and milliseconds on all threads). Row (a) runs
/// twice: as built (the libraries JIT-compiled, as in any app's ordinary build) and with the libraries ReadyToRun, the
/// copies the tool's Release build compiled (what an app published with PublishReadyToRun gets).
/// </summary>
public static class ColdStart
{
    private const string Marker = "coldstart-ms=";
    private const string JitMarker = "coldstart-jit=";

    /// <summary>Runs every row and prints a table.</summary>
    public static int Run(string[] args)
    {
        var tool = Repository.Tool(ref args);
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 11;
        var (self, prefix) = ProcessRunner.Self();
        var (r2rSelf, r2rPrefix, r2rNote) = WithReadyToRunLibraries(self, prefix, Path.GetDirectoryName(tool)!);
        var rows = new List<(string Name, string File, string[] Args)>
        {
            ("(a) CreateDefault() + first decision, in process", self, [.. prefix, "coldstart-child", "default"]),
        };
        if (r2rSelf is not null)
        {
            rows.Add(("(a) the same, the libraries ReadyToRun", r2rSelf, [.. r2rPrefix, "coldstart-child", "default"]));
        }

        rows.AddRange(new (string Name, string File, string[] Args)[]
        {
            ("(e) RulesEngine 6.0.1: build + first evaluation, in process", self, [.. prefix, "coldstart-child", "rulesengine"]),
            ("    benchmarks program, empty mode (process floor)", self, [.. prefix, "coldstart-child", "none"]),
            ("(b) douyin-eligibility lint rules", tool, ["lint", "rules"]),
            ("(c) douyin-eligibility explain merchant.json", tool, ["explain", Repository.ExampleMerchant, "--workflow", "AllianceAdmission", "--lang", "en"]),
            ("(d) douyin-eligibility --version (floor)", tool, ["--version"]),
        });

        if (r2rNote is not null)
        {
            Console.WriteLine($"// (a) with the libraries ReadyToRun: skipped, {r2rNote}");
        }

        Console.WriteLine($"| cold start, median of {runs} fresh processes | in process | JIT in process (methods, ms) | process wall | process CPU (user+sys) | peak RSS | exit |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var failed = false;
        foreach (var (name, file, rowArgs) in rows)
        {
            ProcessRunner.Start(file, rowArgs); // warms the file cache, not the process
            var measured = Enumerable.Range(0, runs).Select(_ => ProcessRunner.Start(file, rowArgs, measureMemory: true)).ToArray();
            var inside = measured.Select(r => r.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal)))
                .Where(l => l is not null)
                .Select(l => double.Parse(l![Marker.Length..], CultureInfo.InvariantCulture))
                .ToArray();
            var jit = measured.Select(r => r.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(JitMarker, StringComparison.Ordinal)))
                .Where(l => l is not null)
                .Select(l => l![JitMarker.Length..].Split(' '))
                .Select(p => (Methods: double.Parse(p[0], CultureInfo.InvariantCulture), Ms: double.Parse(p[1], CultureInfo.InvariantCulture)))
                .ToArray();
            var exit = measured.Select(r => r.ExitCode).Distinct().ToArray();
            failed |= exit.Any(e => e != 0 && !name.Contains("lint", StringComparison.Ordinal));
            var cpu = measured.Where(r => r.CpuMs is not null).Select(r => r.CpuMs!.Value).ToArray();
            var rss = measured.Where(r => r.PeakRssKb is not null).Select(r => (double)r.PeakRssKb!.Value).ToArray();
            Console.WriteLine(
                $"| {name} | {(inside.Length > 0 ? $"{ProcessRunner.Median(inside):F0} ms" : "")} "
                + $"| {(jit.Length > 0 ? $"{ProcessRunner.Median(jit.Select(j => j.Methods)):F0}, {ProcessRunner.Median(jit.Select(j => j.Ms)):F0} ms" : "")} "
                + $"| {ProcessRunner.Median(measured.Select(r => r.WallMs)):F0} ms "
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
        var (methods, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var watch = Stopwatch.StartNew();
        var outcome = mode switch
        {
            "default" => DefaultFirstDecision(merchant!),
            "rulesengine" => RulesEngineFirstEvaluation(merchant!),
            _ => "none",
        };
        var elapsed = watch.Elapsed;
        Console.WriteLine(FormattableString.Invariant($"{Marker}{elapsed.TotalMilliseconds:F1}"));
        Console.WriteLine(FormattableString.Invariant(
            $"{JitMarker}{System.Runtime.JitInfo.GetCompiledMethodCount() - methods} {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F1}"));
        Console.WriteLine(outcome);
        return 0;
    }

    /// <summary>
    /// A copy of this program's folder (in the temp folder) whose Douyin.Eligibility assemblies are the ReadyToRun ones
    /// of the tool's Release build in <paramref name="toolFolder"/>, when those were compiled from the same build of the
    /// same assemblies (same module version id); else null and why.
    /// </summary>
    private static (string? File, string[] Prefix, string? Note) WithReadyToRunLibraries(string self, string[] prefix, string toolFolder)
    {
        var here = AppContext.BaseDirectory;
        var copy = Path.Combine(Path.GetTempPath(), "douyin-eligibility-coldstart-r2r");
        var libraries = new[] { "Douyin.Eligibility.dll", "Douyin.Eligibility.Rules.dll", "Douyin.Eligibility.RulesEngine.dll" };
        foreach (var library in libraries)
        {
            var (mine, theirs) = (Path.Combine(here, library), Path.Combine(toolFolder, library));
            if (!File.Exists(theirs) || !IsReadyToRun(theirs))
            {
                return (null, [], $"{theirs} is not ReadyToRun (dotnet build -c Release src/Douyin.Eligibility.Tool makes it so)");
            }

            if (ModuleVersion(mine) != ModuleVersion(theirs))
            {
                return (null, [], $"{theirs} is another build than this program's (build both again)");
            }
        }

        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(here, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(here, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var library in libraries)
        {
            File.Copy(Path.Combine(toolFolder, library), Path.Combine(copy, library), overwrite: true);
        }

        // The same way of starting as this program: its apphost, or dotnet with its dll.
        return prefix.Length == 0
            ? (Path.Combine(copy, Path.GetFileName(self)), [], null)
            : (self, [Path.Combine(copy, Path.GetFileName(prefix[0])), .. prefix[1..]], null);
    }

    private static bool IsReadyToRun(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static Guid ModuleVersion(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
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
