using BenchmarkDotNet.Attributes;

namespace Douyin.Eligibility.Benchmarks;

/// <summary>Reading, type-checking and compiling the eight-rule workflow (done once per rule-set load).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Description = "RuleSet.Load + compile (8 rules)")]
    public object Load() => EvaluationBenchmarks.LoadWorkflow();
}
