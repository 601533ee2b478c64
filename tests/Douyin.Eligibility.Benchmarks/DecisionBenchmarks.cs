using BenchmarkDotNet.Attributes;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Benchmarks;

/// <summary>
/// The typed API over the shipped default rules: one Selected Alliance admission decision for the example merchant,
/// validated and decided, with and without explanations.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private EligibilityEvaluator _evaluator = null!;
    private MerchantSnapshot _merchant = null!;
    private EvaluationSettings _verdictOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = EligibilityEvaluator.CreateDefault();
        var path = Path.Combine(FindRepository(), "samples", "data", "examples", "merchant.json");
        _merchant = SnapshotJson.Deserialize<MerchantSnapshot>(File.ReadAllText(path));
        _verdictOnly = EvaluationSettings.Default with { Explain = false };
    }

    [GlobalCleanup]
    public void Cleanup() => _evaluator.Dispose();

    [Benchmark(Baseline = true, Description = "admission decision, verdict only")]
    public object Verdict() => _evaluator.EvaluateAllianceAdmission(_merchant, _verdictOnly);

    [Benchmark(Description = "admission decision, explained")]
    public object Explained() => _evaluator.EvaluateAllianceAdmission(_merchant);

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Douyin.Eligibility.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
