using BenchmarkDotNet.Running;
using Douyin.Eligibility.Benchmarks.Modes;

// dotnet run -c Release --project tests/Douyin.Eligibility.Benchmarks -- --filter '*'      BenchmarkDotNet rows
// ... -- generate <n> <file>       n generated snapshots as JSON Lines
// ... -- agree [n]                 how many rule outcomes RulesEngine / hand-written / typed differ from the engine
// ... -- conformance [n]           n generated cases per family on the built-in engine and on RulesEngine: rule outcomes and decisions
// ... -- smoke                     every benchmark method a few times in-process (CI)
// ... -- coldstart [runs]          fresh processes, median wall time
// ... -- scale [sizes...]          generated workflows of many rules: lint process and in-process load/evaluate
// ... -- scale-compile [--compile] [--steady s] [sizes...]  generated workflows: phases to the first verdict, interpreted first or compiled
// ... -- verdict-loop [seconds]    verdict and hand-written in alternating rounds (quick look, a loop to profile)
// ... -- dump-verdict              the expression tree of AllianceAdmission's fused verdict
// ... -- batch [lines...] [--env NAME=VALUE]  the tool's check, JSON Lines to JSON Lines: snapshots/s, CPU, peak RSS, order
return args.Length > 0 && Modes.TryRun(args, out var exitCode)
    ? exitCode
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Modes).Assembly).Run(args);
    return 0;
}
