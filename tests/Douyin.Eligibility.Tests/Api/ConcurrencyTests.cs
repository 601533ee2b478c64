using System.Globalization;
using System.Text;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Samples;

namespace Douyin.Eligibility.Tests.Api;

/// <summary>One evaluator shared by many threads decides exactly as it does on one thread.</summary>
public class ConcurrencyTests
{
    private const int Count = 100_000;

    [Fact]
    public void Evaluate_HundredThousandSnapshotsInParallel_EqualsTheSequentialRun()
    {
        using var evaluator = EligibilityEvaluator.CreateDefault();
        var merchants = SampleDataTests.ReadAll<MerchantSnapshot>("merchants.jsonl");
        var brands = SampleDataTests.ReadAll<BrandProviderSnapshot>("brand-providers.jsonl");
        var storeOperations = SampleDataTests.ReadAll<StoreOperationProviderSnapshot>("store-operation-providers.jsonl");

        // Every family, both languages, traced and untraced, and now and then an invalid snapshot.
        string Evaluate(int i)
        {
            var settings = new EvaluationSettings { Culture = CultureInfo.GetCultureInfo(i % 3 == 0 ? "en" : "zh-CN"), Explain = i % 2 == 0 };
            var merchant = merchants[i % merchants.Count];
            if (i % 101 == 0)
            {
                merchant = merchant with { PositiveRate = 75m };
            }

            var storeOperation = storeOperations[i % storeOperations.Count];
            return (i % 6) switch
            {
                0 => Describe(evaluator.EvaluateAllianceAdmission(merchant, settings)),
                1 => Describe(evaluator.EvaluateAllianceClearance(merchant, settings)),
                2 => string.Join("\n", evaluator.EvaluateProductClearance(merchant, settings).Select(Describe)),
                3 => Describe(evaluator.EvaluateBrandRenewal(brands[i % brands.Count], settings)),
                4 => Describe(evaluator.EvaluateStoreOperationAdmission(storeOperation, settings)),
                _ => Describe(evaluator.EvaluateStoreOperationPenalty(storeOperation, settings)),
            };
        }

        var sequential = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            sequential[i] = Evaluate(i);
        }

        var parallel = new string[Count];
        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i => parallel[i] = Evaluate(i));

        var differences = Enumerable.Range(0, Count).Where(i => parallel[i] != sequential[i]).Take(5).Select(i => $"#{i}:\n{sequential[i]}\n---\n{parallel[i]}").ToList();
        differences.Should().BeEmpty();
        sequential.Count(s => s.StartsWith("invalid", StringComparison.Ordinal)).Should().BeGreaterThan(0);
    }

    /// <summary>Everything a result says: the text form, and every check with its observed value, threshold, gap and missing fields.</summary>
    private static string Describe<T>(EligibilityResult<T> result)
        where T : EligibilityDecision
    {
        if (!result.IsSuccess)
        {
            return "invalid " + result;
        }

        var b = new StringBuilder(result.Decision.ToString());
        foreach (var check in result.Decision.Checks)
        {
            b.Append('\n').Append(check.RuleName).Append('|').Append(check.Code).Append('|').Append(check.Outcome).Append('|').Append(check.Message)
                .Append('|').Append(Invariant(check.Observed)).Append('|').Append(Invariant(check.Threshold)).Append('|').Append(check.Condition)
                .Append('|').Append(check.Gap).Append('|').Append(string.Join(",", check.MissingFields)).Append('|').Append(check.ErrorMessage);
        }

        return b.ToString();
    }

    private static string? Invariant(object? value) => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString();
}
