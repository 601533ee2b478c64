using System.Diagnostics;
using System.Globalization;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.Benchmarks.Modes;

/// <summary>
/// <c>conformance [n] [--no-decisions]</c>: the conformance suite at scale. For each of the six families, the sample
/// data and the rule tests' cases, then n generated raw snapshots (fixed seeds, dated across the versions' windows, with missing and invalid values) run on every
/// shipped version of the family on the built-in engine and on its RulesEngine translation, rule by rule; then n valid
/// snapshots through the typed API on both backends (<c>CreateDefault()</c> and
/// <c>CreateDefault(o.UseMicrosoftRulesEngine())</c>), decision by decision. Prints the counts per family and the first
/// disagreements; exit code 1 when any differ. 10,000 cases take about 15 s; the million-case run (646 s on 2 busy cores):
/// <c>dotnet run -c Release --project tests/Douyin.Eligibility.Benchmarks -- conformance 1000000</c>.
/// </summary>
public static class ConformanceMode
{
    /// <summary>Runs the comparison and prints the report.</summary>
    public static int Run(string[] args)
    {
        var decisions = !args.Contains("--no-decisions");
        var rest = args.Where(a => a != "--no-decisions").ToArray();
        var count = rest.Length > 0 ? int.Parse(rest[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 10_000;
        var watch = Stopwatch.StartNew();
        using var builtIn = EligibilityEvaluator.CreateDefault();
        using var rulesEngine = EligibilityEvaluator.CreateDefault(new EligibilityOptions().UseMicrosoftRulesEngine());
        var ruleSet = builtIn.CurrentRuleSet;
        var comparison = new BackendComparison(ruleSet);
        var total = new ConformanceReport();
        if (!comparison.Translation.IsSuccess)
        {
            Console.WriteLine($"conformance: the shipped rules do not translate: {string.Join("; ", comparison.Translation.Diagnostics)}");
        }

        foreach (var family in ConformanceFamily.All)
        {
            var versions = ruleSet.GetVersions(family.WorkflowName);
            var report = new ConformanceReport();
            var samples = family.Samples(Path.Combine(Repository.Root, "samples", "data"), Path.Combine(Repository.Root, "rules", "tests"));
            comparison.Compare(versions, samples.Concat(Progress(family.Generate(count, SnapshotKind.Raw, AsOfDates.Covering(versions)), family, "rules", watch)), report);
            if (decisions)
            {
                var index = 0;
                foreach (var @case in samples.Concat(Progress(family.Generate(count, SnapshotKind.Valid, AsOfDates.Covering(versions, marginDays: 0)), family, "decisions", watch)))
                {
                    family.Decide(builtIn, rulesEngine, @case, index++, report);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conformance: {family.WorkflowName} ({versions.Count} versions, {count:N0} cases): {report.Summary()}"));
            total.Add(report);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conformance: all families, {watch.Elapsed.TotalSeconds:F0} s: {total}"));
        return total.AllAgree ? 0 : 1;
    }

    private static IEnumerable<ConformanceCase> Progress(IEnumerable<ConformanceCase> cases, ConformanceFamily family, string what, Stopwatch watch)
    {
        var n = 0;
        foreach (var @case in cases)
        {
            if (++n % 100_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conformance: {family.WorkflowName} {what}: {n:N0} cases, {watch.Elapsed.TotalSeconds:F0} s"));
            }

            yield return @case;
        }
    }
}
