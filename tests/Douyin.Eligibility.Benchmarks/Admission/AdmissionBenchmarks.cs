using BenchmarkDotNet.Attributes;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.RulesEngine;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Testing.Conformance;

namespace Douyin.Eligibility.Benchmarks.Admission;

/// <summary>
/// AllianceAdmission (shipped rules, embedded defaults, version in force on the snapshots' date) over the same
/// generated snapshots, every path users call side by side. Figures are per snapshot (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class AdmissionBenchmarks
{
    /// <summary>Snapshots per invocation.</summary>
    public const int Count = 1_000;

    private static readonly DateOnly AsOf = SnapshotGenerator.AsOf;

    private MerchantSnapshot[] _snapshots = [];
    private EligibilityEvaluator _evaluator = null!;
    private Workflow _workflow = null!;
    private RulesEngineAdmission _rulesEngine = null!;
    private global::RulesEngine.RulesEngine _translatedEngine = null!;
    private TranslatedWorkflow _translated = null!;
    private EligibilityEvaluator _rulesEngineEvaluator = null!;
    private EvaluationSettings _verdictOnly = null!;
    private readonly RuleOutcome[] _outcomes = new RuleOutcome[64];

    /// <summary>Builds the snapshots and the engines, and checks that they agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _snapshots = SnapshotGenerator.Generate(Count).ToArray();
        _evaluator = EligibilityEvaluator.CreateDefault();
        _workflow = _evaluator.CurrentRuleSet.GetWorkflow("AllianceAdmission", AsOf);
        _rulesEngine = new RulesEngineAdmission();
        _verdictOnly = new EvaluationSettings { Explain = false };
        // The RulesEngine backend: the workflow as the translator writes it, on its own engine, and the typed API on it.
        var translation = RulesEngineTranslator.Translate([_workflow]);
        _translated = translation.Find(_workflow) ?? throw new InvalidOperationException($"{_workflow} did not translate: {string.Join("; ", translation.Diagnostics)}");
        _translatedEngine = translation.CreateEngine();
        _rulesEngineEvaluator = EligibilityEvaluator.CreateDefault(new EligibilityOptions().UseMicrosoftRulesEngine());
        Console.WriteLine($"// {AdmissionAgreement.Check(_snapshots, _workflow, _rulesEngine, _evaluator)}");
        var conformance = new ConformanceReport();
        new BackendComparison(translation).Compare([_workflow], _snapshots.Select(s => new Testing.Generation.ConformanceCase(s.Id, AsOf, s)), conformance);
        foreach (var s in _snapshots)
        {
            conformance.Decided(DecisionComparison.Difference(_evaluator.EvaluateAllianceAdmission(s), _rulesEngineEvaluator.EvaluateAllianceAdmission(s)));
        }

        Console.WriteLine($"// translated RulesEngine backend: {conformance.Summary()}");
    }

    /// <summary>Disposes the evaluators.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _evaluator.Dispose();
        _rulesEngineEvaluator.Dispose();
    }

    /// <summary>Hand-written three-valued C#, an outcome per rule into a span.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "hand-written C#, three-valued")]
    public int HandWritten()
    {
        Span<RuleOutcome> outcomes = stackalloc RuleOutcome[HandWrittenAdmission.RuleCount];
        var sum = 0;
        foreach (var s in _snapshots)
        {
            sum += (int)HandWrittenAdmission.Evaluate(s, AsOf, outcomes);
        }

        return sum;
    }

    /// <summary>The workflow verdict: the typed, allocation-free overload, an outcome per rule into a span.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "Workflow.Evaluate<T>(asOf, s, span)")]
    public int Verdict()
    {
        Span<RuleOutcome> outcomes = stackalloc RuleOutcome[32];
        var sum = 0;
        foreach (var s in _snapshots)
        {
            sum += (int)_workflow.Evaluate(AsOf, s, outcomes);
        }

        return sum;
    }

    /// <summary>The params object path, reading the per-rule outcomes.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "Workflow.Evaluate(params), Outcomes")]
    public int Evaluate()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            foreach (var outcome in _workflow.Evaluate(AsOf, s).Outcomes)
            {
                sum += (int)outcome;
            }
        }

        return sum;
    }

    /// <summary>The typed API with validation, no reasons.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "EvaluateAllianceAdmission, Explain = false")]
    public int TypedVerdict()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            sum += (int)_evaluator.EvaluateAllianceAdmission(s, _verdictOnly).Decision!.Outcome;
        }

        return sum;
    }

    /// <summary>The typed API with default settings, reading every reason's code, message, observed value, threshold and gap.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "EvaluateAllianceAdmission, reasons read")]
    public int TypedReasons()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            var decision = _evaluator.EvaluateAllianceAdmission(s).Decision!;
            sum += (int)decision.Outcome;
            foreach (var reason in decision.Reasons)
            {
                sum += (reason.Code?.Length ?? 0) + reason.Message.Length;
                sum += (reason.Observed is null ? 0 : 1) + (reason.Threshold is null ? 0 : 2) + (reason.Gap is null ? 0 : 4);
            }
        }

        return sum;
    }

    /// <summary>The full trace: Workflow.Explain, reading every trace entry of every rule.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "Workflow.Explain, every Trace read")]
    public int FullTrace()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            var result = _workflow.Explain(AsOf, s);
            sum += (int)result.Outcome;
            foreach (var rule in result.Results)
            {
                foreach (var entry in rule.Trace)
                {
                    sum += entry.Expression.Length + (entry.LeftValue is null ? 0 : 1) + (entry.RightValue is null ? 0 : 2) + (entry.Gap is null ? 0 : 4);
                }
            }
        }

        return sum;
    }

    /// <summary>Microsoft RulesEngine 6.0.1, the same rules hand-translated (pairs of definitely-true/definitely-false forms).</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "Microsoft RulesEngine 6.0.1")]
    public int RulesEngine()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            sum += (int)_rulesEngine.Evaluate(s, AsOf, _outcomes);
        }

        return sum;
    }

    /// <summary>
    /// The RulesEngine backend's workflow: the shipped version as <see cref="RulesEngineTranslator"/> writes it (a pair
    /// of forms per rule, LocalParams, <see cref="DouyinRuleFunctions"/>), run on Microsoft RulesEngine 6.0.1 and read back.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "RulesEngine 6.0.1, translated workflow")]
    public int RulesEngineTranslated()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            var results = _translatedEngine.ExecuteAllRulesAsync(_translated.WorkflowName, _translated.CreateParameters(AsOf, s)).AsTask().GetAwaiter().GetResult();
            _translated.ReadOutcomes(results, _outcomes);
            for (var i = 0; i < _workflow.Rules.Count; i++)
            {
                sum += (int)_outcomes[i];
            }
        }

        return sum;
    }

    /// <summary>The typed API with validation, no reasons, on the RulesEngine backend (<c>o.UseMicrosoftRulesEngine()</c>).</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "EvaluateAllianceAdmission on UseMicrosoftRulesEngine(), Explain = false")]
    public int TypedVerdictRulesEngine()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            sum += (int)_rulesEngineEvaluator.EvaluateAllianceAdmission(s, _verdictOnly).Decision!.Outcome;
        }

        return sum;
    }

    /// <summary>The typed API with default settings on the RulesEngine backend, reading every reason's code and message.</summary>
    [Benchmark(OperationsPerInvoke = Count, Description = "EvaluateAllianceAdmission on UseMicrosoftRulesEngine(), reasons read")]
    public int TypedReasonsRulesEngine()
    {
        var sum = 0;
        foreach (var s in _snapshots)
        {
            var decision = _rulesEngineEvaluator.EvaluateAllianceAdmission(s).Decision!;
            sum += (int)decision.Outcome;
            foreach (var reason in decision.Reasons)
            {
                sum += (reason.Code?.Length ?? 0) + reason.Message.Length;
            }
        }

        return sum;
    }
}
