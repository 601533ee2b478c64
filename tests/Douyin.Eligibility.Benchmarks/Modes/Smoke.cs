using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Douyin.Eligibility.Benchmarks.Admission;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Testing.Conformance;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>smoke</c>: the CI pass. Every <c>[Benchmark]</c> method of every class runs three times in this process (with
/// the smallest value of each <c>[Params]</c>) after its <c>[GlobalSetup]</c>; a method that throws, or returns
/// different results for the same input, fails. Then the backends must agree on 1,000 generated snapshots, and the
/// RulesEngine backend (the translated shipped rules, and the typed API on it) with the built-in engine on 200
/// generated snapshots of each family (<see cref="ConformanceMode"/> at a small n). Measures nothing.
/// </summary>
public static class Smoke
{
    /// <summary>Runs the pass; 0 when everything was sane.</summary>
    public static int Run()
    {
        var watch = Stopwatch.StartNew();
        var failures = 0;
        var methods = 0;
        var classes = typeof(Smoke).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute))))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        foreach (var type in classes)
        {
            try
            {
                var instance = Activator.CreateInstance(type)!;
                foreach (var property in type.GetProperties().Where(p => p.IsDefined(typeof(ParamsAttribute))))
                {
                    var values = property.GetCustomAttribute<ParamsAttribute>()!.Values;
                    property.SetValue(instance, values.Min());
                }

                Invoke<GlobalSetupAttribute>(type, instance);
                foreach (var method in type.GetMethods().Where(m => m.IsDefined(typeof(BenchmarkAttribute))))
                {
                    methods++;
                    var first = method.Invoke(instance, null);
                    for (var i = 0; i < 2; i++)
                    {
                        var again = method.Invoke(instance, null);
                        // Value results (checksums, outcomes) must repeat exactly; objects must at least exist.
                        var same = first is null || first.GetType().IsValueType || first is string ? Equals(first, again) : again is not null;
                        if (!same)
                        {
                            failures++;
                            Console.WriteLine($"smoke: {type.Name}.{method.Name} returned {again}, then {first}");
                        }
                    }
                }

                Invoke<GlobalCleanupAttribute>(type, instance);
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"smoke: {type.Name} threw {(e is TargetInvocationException { InnerException: { } inner } ? inner : e)}");
            }
        }

        using (var evaluator = EligibilityEvaluator.CreateDefault())
        {
            var snapshots = SnapshotGenerator.Generate(1_000).ToArray();
            var report = AdmissionAgreement.Check(snapshots, evaluator.CurrentRuleSet.GetWorkflow("AllianceAdmission", SnapshotGenerator.AsOf), new RulesEngineAdmission(), evaluator);
            Console.WriteLine($"smoke: {report}");
            failures += report.AllAgree && report.Passed > 0 && report.Failed > 0 && report.Indeterminate > 0 ? 0 : 1;
        }

        Console.WriteLine("smoke: RulesEngine backend conformance, 200 cases per family");
        failures += ConformanceMode.Run(["200"]) == 0 ? 0 : 1;

        Console.WriteLine($"smoke: {methods} benchmark methods, {failures} failures, {watch.Elapsed.TotalSeconds:F1} s");
        return failures == 0 ? 0 : 1;
    }

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.IsDefined(typeof(TAttribute))))
        {
            method.Invoke(instance, null);
        }
    }
}
