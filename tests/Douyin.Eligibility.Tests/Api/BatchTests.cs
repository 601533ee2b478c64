using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Api;

public class BatchTests
{
    private static EligibilityEvaluator Evaluator => TestRules.Evaluator;

    private static IEnumerable<MerchantSnapshot?> Merchants(int count, List<int>? produced = null)
    {
        for (var i = 0; i < count; i++)
        {
            produced?.Add(i);
            yield return i % 5 == 4
                ? null
                : TestRules.GoodMerchant() with { Id = $"S-{i}", StoreScore = i % 2 == 0 ? 4.5m : 4.0m };
        }
    }

    [Fact]
    public void Sync_MixedInputs_OneResultPerInputInOrderWithInvalidItems()
    {
        var results = Evaluator.EvaluateMany(Merchants(10), static (e, m) => e.EvaluateAllianceAdmission(m)).ToList();

        results.Should().HaveCount(10);
        for (var i = 0; i < 10; i++)
        {
            if (i % 5 == 4)
            {
                results[i].IsSuccess.Should().BeFalse();
                continue;
            }

            results[i].SubjectId.Should().Be($"S-{i}");
            results[i].Decision!.Outcome.Should().Be(i % 2 == 0 ? AdmissionOutcome.Eligible : AdmissionOutcome.NotEligible);
        }
    }

    [Fact]
    public void Sync_Enumerated_IsLazy()
    {
        var produced = new List<int>();

        var first = Evaluator.EvaluateMany(Merchants(1_000_000, produced), static (e, m) => e.EvaluateAllianceAdmission(m)).Take(3).ToList();

        first.Should().HaveCount(3);
        produced.Should().HaveCount(3);
    }

    [Fact]
    public async Task Async_OneResultPerInput_InOrder()
    {
        var settings = new EvaluationSettings { Explain = false };
        var ids = new List<string>();

        await foreach (var result in Evaluator.EvaluateMany(Stream(20), (e, m) => e.EvaluateAllianceClearance(m, settings)))
        {
            ids.Add(result.SubjectId);
            result.Decision!.Outcome.Should().Be(ClearanceOutcome.Retain);
        }

        ids.Should().Equal(Enumerable.Range(0, 20).Select(i => $"S-{i}"));
    }

    [Fact]
    public async Task Async_Cancelled_Stops()
    {
        using var cts = new CancellationTokenSource();
        var count = 0;

        var act = async () =>
        {
            await foreach (var _ in Evaluator.EvaluateMany(Stream(1000), static (e, m) => e.EvaluateAllianceClearance(m), cts.Token))
            {
                if (++count == 3)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        count.Should().Be(3);
    }

    private static async IAsyncEnumerable<MerchantSnapshot> Stream(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return TestRules.GoodMerchant() with { Id = $"S-{i}" };
        }
    }
}
