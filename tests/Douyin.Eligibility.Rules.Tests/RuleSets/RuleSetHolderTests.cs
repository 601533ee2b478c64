using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

public class RuleSetHolderTests
{
    private static string Json(string threshold) => $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "store.Score > {{threshold}}"}]}""";

    [Fact]
    public void TryReload_BrokenFile_KeepsLastGoodSet()
    {
        var holder = new RuleSetHolder(RuleFiles.LoadOrFail(Json("4.1")));
        var before = holder.Current;
        var result = holder.TryReload([RuleSource.FromText("w.json", Json("4.1 >"))], RuleFiles.Options());
        result.IsSuccess.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("DE2004");
        holder.Current.Should().BeSameAs(before);
    }

    [Fact]
    public void TryReload_GoodFile_SwapsWholeSetAndRaisesEvent()
    {
        var holder = new RuleSetHolder(RuleFiles.LoadOrFail(Json("4.1")));
        RuleSet? swapped = null;
        holder.Swapped += (_, set) => swapped = set;
        holder.TryReload([RuleSource.FromText("w.json", Json("4.5"))], RuleFiles.Options()).IsSuccess.Should().BeTrue();
        swapped.Should().BeSameAs(holder.Current);
        var asOf = new DateOnly(2024, 1, 1);
        holder.Current.GetWorkflow("W", asOf).Evaluate(asOf, new Store { Score = 4.3m }).Passed.Should().BeFalse();
    }

    [Fact]
    public async Task Swap_DuringConcurrentReads_EachReadSeesAWholeSet()
    {
        var sets = new[] { RuleFiles.LoadOrFail(Json("4.1")), RuleFiles.LoadOrFail(Json("4.5")) };
        var holder = new RuleSetHolder(sets[0]);
        var asOf = new DateOnly(2024, 1, 1);
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var reader = Task.Run(() =>
        {
            while (!cts.IsCancellationRequested)
            {
                var set = holder.Current;
                set.Should().Match<RuleSet>(s => s == sets[0] || s == sets[1]);
                var passed = set.GetWorkflow("W", asOf).Evaluate(asOf, new Store { Score = 4.3m }).Passed;
                passed.Should().Be(set == sets[0]);
                Interlocked.Increment(ref seen);
            }
        });
        for (var i = 0; Volatile.Read(ref seen) < 2_000 && !reader.IsCompleted; i++)
        {
            holder.Swap(sets[i % 2]);
        }

        cts.Cancel();
        await reader;
        seen.Should().BeGreaterThanOrEqualTo(2_000);
    }
}
