using Douyin.Eligibility.Benchmarks.Admission;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>The command modes of the benchmarks program besides BenchmarkDotNet's own arguments.</summary>
public static class Modes
{
    /// <summary>Runs the mode named by <c>args[0]</c>; false when it names none (BenchmarkDotNet then reads the arguments).</summary>
    public static bool TryRun(string[] args, out int exitCode)
    {
        var rest = args[1..];
        exitCode = args[0] switch
        {
            "generate" => Generate(rest),
            "agree" => Agree(rest),
            "conformance" => ConformanceMode.Run(rest),
            "smoke" => Smoke.Run(),
            "coldstart" => ColdStart.Run(rest),
            "coldstart-child" => ColdStart.Child(rest),
            "scale" => ScaleMode.Run(rest),
            "scale-compile" => ScaleCompileMode.Run(rest),
            "dump-verdict" => DumpVerdict.Run(),
            "verdict-loop" => VerdictLoop.Run(rest),
            "batch" => BatchMode.Run(rest),
            _ => -1,
        };
        return exitCode != -1;
    }

    private static int Generate(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[0], out var count) || count < 0)
        {
            Console.Error.WriteLine("usage: generate <n> <file>");
            return 2;
        }

        SnapshotGenerator.WriteJsonLines(args[1], count);
        Console.WriteLine($"{count} snapshots written to {args[1]} ({new FileInfo(args[1]).Length / Math.Max(1, count)} bytes a line)");
        return 0;
    }

    private static int Agree(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        using var evaluator = EligibilityEvaluator.CreateDefault();
        var snapshots = SnapshotGenerator.Generate(count).ToArray();
        var workflow = evaluator.CurrentRuleSet.GetWorkflow("AllianceAdmission", SnapshotGenerator.AsOf);
        var report = AdmissionAgreement.Check(snapshots, workflow, new RulesEngineAdmission(), evaluator);
        Console.WriteLine(report);
        return report.AllAgree ? 0 : 1;
    }
}
