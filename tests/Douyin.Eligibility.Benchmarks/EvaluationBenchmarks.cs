using BenchmarkDotNet.Attributes;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Benchmarks;

/// <summary>
/// One admission-like workflow of eight rules over one store: the compiled verdict path, the explaining path,
/// and the same conditions hand-written in C# as the floor.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private const string Json = """
        {
          "WorkflowName": "Admission",
          "Inputs": [{ "Name": "shop", "Type": "Shop" }],
          "GlobalParams": [
            { "Name": "MinStoreScore", "Expression": "4.1" },
            { "Name": "MinPositiveRate", "Expression": "0.75" },
            { "Name": "PenaltyWindowDays", "Expression": "365" },
            { "Name": "MaxOpenings", "Expression": "3" }
          ],
          "Rules": [
            { "RuleName": "Settled", "Expression": "shop.Settled == true" },
            { "RuleName": "Status", "Expression": "shop.StatusNormal == true" },
            { "RuleName": "Gmv", "Expression": "shop.Gmv30d > 0" },
            { "RuleName": "Score", "Expression": "shop.StoreScore > MinStoreScore" },
            { "RuleName": "Rate", "Expression": "shop.PositiveRate > MinPositiveRate" },
            { "RuleName": "Warehouse", "Expression": "shop.VirtualOnly == true || shop.WarehouseInspected == true" },
            { "RuleName": "Evasion", "Expression": "!shop.Penalties.Any(p => p.Rule == \"PublishingEvasion\" && WithinLastDays(p.Date, PenaltyWindowDays))" },
            { "RuleName": "Openings", "Expression": "shop.OpeningsUsed < MaxOpenings" }
          ]
        }
        """;

    private Workflow _workflow = null!;
    private Shop _shop = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workflow = LoadWorkflow();
        _shop = new Shop
        {
            Settled = true,
            StatusNormal = true,
            Gmv30d = 120_000,
            StoreScore = 4.6m,
            PositiveRate = 0.93m,
            VirtualOnly = false,
            WarehouseInspected = true,
            OpeningsUsed = 1,
            Penalties = [new Penalty { Rule = "MerchantViolation", Date = new DateOnly(2024, 3, 1) }, new Penalty { Rule = "PublishingEvasion", Date = new DateOnly(2022, 1, 1) }],
        };
    }

    internal static Workflow LoadWorkflow()
        => RuleSet.Load([RuleSource.FromText("admission.json", Json)], new RuleSetOptions().AddInputType<Shop>())
            .GetRuleSetOrThrow()
            .GetWorkflow("Admission", AsOf);

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public bool HandWritten()
    {
        var s = _shop;
        var evasion = false;
        foreach (var p in s.Penalties)
        {
            if (p.Rule == "PublishingEvasion" && p.Date is { } d && d.DayNumber > AsOf.DayNumber - 365 && d.DayNumber <= AsOf.DayNumber)
            {
                evasion = true;
            }
        }

        return s.Settled == true && s.StatusNormal == true && s.Gmv30d > 0 && s.StoreScore > 4.1m && s.PositiveRate > 0.75m
               && (s.VirtualOnly == true || s.WarehouseInspected == true) && !evasion && s.OpeningsUsed < 3;
    }

    [Benchmark(Description = "Workflow.Evaluate (verdict)")]
    public bool Evaluate() => _workflow.Evaluate(AsOf, _shop).Passed;

    [Benchmark(Description = "Workflow.Explain (trace + gaps)")]
    public bool Explain() => _workflow.Explain(AsOf, _shop).Passed;
}
