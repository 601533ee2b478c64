using System.Linq.Expressions;
using System.Reflection;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>dump-verdict</c>: prints the expression tree of AllianceAdmission's fused verdict chunk (the fast variant), to read
/// what the compiled code does per condition before profiling it.
/// </summary>
internal static class DumpVerdict
{
    public static int Run()
    {
        using var evaluator = EligibilityEvaluator.CreateDefault();
        var workflow = evaluator.CurrentRuleSet.GetWorkflow("AllianceAdmission", SnapshotGenerator.AsOf);
        var rules = workflow.CompiledRules.Select(r => r.ToVerdictRule()).ToArray();
        var settings = workflow.CompiledRules[0].Settings;
        var lambda = VerdictCompiler.Build(rules, workflow.Inputs.Select(i => i.Type).ToArray(), settings, new VerdictFallback(() => null!));
        var view = typeof(Expression).GetProperty("DebugView", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(lambda);
        Console.WriteLine(view);
        return 0;
    }
}
