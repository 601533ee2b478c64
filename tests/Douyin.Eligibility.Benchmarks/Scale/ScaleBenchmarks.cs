using BenchmarkDotNet.Attributes;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Benchmarks.Scale;

/// <summary>
/// Evaluation of generated workflows of 100, 1,000 and 10,000 rules over 100 generated snapshots: divide the
/// per-snapshot figure by <see cref="Rules"/> for the cost per rule (it should stay flat: linear cost).
/// </summary>
[MemoryDiagnoser]
public class ScaleEvaluationBenchmarks
{
    private const int Count = 100;

    private MerchantSnapshot[] _snapshots = [];
    private Workflow _workflow = null!;

    /// <summary>Rules in the workflow.</summary>
    [Params(100, 1_000, 10_000)]
    public int Rules { get; set; }

    /// <summary>Loads the workflow and evaluates it once (compilation may be lazy).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _snapshots = SnapshotGenerator.Generate(Count).ToArray();
        _workflow = ScaleWorkflow.Load(ScaleWorkflow.Json(Rules), Rules);
        _workflow.Evaluate(SnapshotGenerator.AsOf, _snapshots[0]);

        // Large workflows start interpreted and compile in the background: measure the compiled form.
        _workflow.CompileVerdictNow();
        _outcomes = new RuleOutcome[Rules];
    }

    private RuleOutcome[] _outcomes = [];

    /// <summary>The verdict path: every rule's outcome into a span, nothing allocated; figure per snapshot.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "verdict Evaluate<T>, per snapshot")]
    public int Verdict()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            sum += (int)_workflow.Evaluate(SnapshotGenerator.AsOf, s, _outcomes.AsSpan());
        }

        return sum;
    }

    /// <summary>Evaluates every rule, reading the per-rule outcomes; figure per snapshot.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "evaluate, per snapshot")]
    public int Evaluate()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            foreach (var outcome in _workflow.Evaluate(SnapshotGenerator.AsOf, s).Outcomes)
            {
                sum += (int)outcome;
            }
        }

        return sum;
    }
}

/// <summary>
/// Loading, checking and compiling generated workflows of 100, 1,000 and 10,000 rules, plus the first evaluation
/// (which pays for any lazy compilation). Run with <c>--strategy ColdStart --warmupCount 0 --iterationCount 2</c> (run-suite.sh):
/// the 10,000-rule load takes seconds.
/// </summary>
[MemoryDiagnoser]
public class ScaleLoadBenchmarks
{
    private string _json = "";
    private MerchantSnapshot _snapshot = null!;

    /// <summary>Rules in the workflow.</summary>
    [Params(100, 1_000, 10_000)]
    public int Rules { get; set; }

    /// <summary>Generates the workflow text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _json = ScaleWorkflow.Json(Rules);
        _snapshot = SnapshotGenerator.Generate(1).First();
    }

    /// <summary>RuleSet.Load + GetWorkflow + the first Evaluate (by default: the verdict interpreted first, compiled in the background).</summary>
    [Benchmark(Description = "load + check + compile + first evaluation")]
    public RuleOutcome LoadAndFirstEvaluation() => ScaleWorkflow.Load(_json, Rules).Evaluate(SnapshotGenerator.AsOf, _snapshot).Outcome;

    /// <summary>The same with the verdict compiled to IL before the first evaluation returns (as before interpreting first).</summary>
    [Benchmark(Description = "load + check + compile to IL + first evaluation")]
    public RuleOutcome LoadCompiledAndFirstEvaluation() => ScaleWorkflow.Load(_json, Rules, VerdictTiering.Compile).Evaluate(SnapshotGenerator.AsOf, _snapshot).Outcome;

    /// <summary>The default path until the background compilation has swapped every chunk in.</summary>
    [Benchmark(Description = "load + first evaluation + background compilation done")]
    public bool LoadUntilCompiled()
    {
        var workflow = ScaleWorkflow.Load(_json, Rules);
        workflow.Evaluate(SnapshotGenerator.AsOf, _snapshot);
        workflow.CompileVerdictNow();
        return workflow.IsVerdictFinal;
    }
}
