extern alias interop;

using Douyin.Eligibility.Json;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Snapshots;
using InteropRunner = interop::Douyin.Eligibility.Interop.InteropRunner;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>The interop sample (plain RulesEngine over the committed export, no reference to our engine) against the built-in engine.</summary>
public sealed class InteropSampleTests
{
    [Fact]
    public void Run_SampleData_GivesTheBuiltInOutcomesForEverySubjectAndVersion()
    {
        var versions = ShippedRules.Comparison.Translation.Workflows.ToDictionary(w => w.WorkflowName, w => w.Source);
        var subjects = LibrarySubjects(ShippedRules.SampleDirectory).ToList();
        var expected = subjects
            .SelectMany(s => versions.Where(v => v.Value.Inputs is [var input] && input.Type == s.Value.GetType()).Select(v => (s.Id, WorkflowName: v.Key)))
            .ToList();

        var results = InteropRunner.Run(ExportPaths.Committed, ShippedRules.SampleDirectory);

        results.Select(r => (r.Subject, r.WorkflowName)).Should().BeEquivalentTo(expected);
        results.Select(r => r.WorkflowName).Distinct().Should().BeEquivalentTo(versions.Keys, "every exported version runs on some sample subject");
        var byId = subjects.ToDictionary(s => s.Id);
        var disagreements = new List<string>();
        foreach (var result in results)
        {
            var subject = byId[result.Subject];
            var builtIn = versions[result.WorkflowName].Evaluate(subject.AsOf, subject.Value);
            var want = versions[result.WorkflowName].Rules.Select((rule, i) => $"{rule.Name}={builtIn.Outcomes[i]}").Append($"workflow={builtIn.Outcome}");
            var got = result.Rules.Select(r => $"{r.Key}={r.Value}").Append($"workflow={result.Outcome}");
            if (!want.SequenceEqual(got))
            {
                disagreements.Add($"{result.Subject} on {result.WorkflowName}: built-in [{string.Join(", ", want)}], RulesEngine [{string.Join(", ", got)}]");
            }
        }

        disagreements.Should().BeEmpty();
        results.Select(r => r.Outcome.ToString()).Distinct().Should().Contain(["Passed", "Failed", "Indeterminate"], "the sample data covers every outcome");
    }

    /// <summary>The subjects the sample reads, read by the library: stores and their products, brand and store-operation providers.</summary>
    private static IEnumerable<(string Id, DateOnly AsOf, object Value)> LibrarySubjects(string directory)
    {
        foreach (var merchant in Lines(directory, "merchants.jsonl").Select(SnapshotJson.Deserialize<MerchantSnapshot>))
        {
            yield return (merchant.Id, merchant.AsOf, merchant);
            foreach (var product in merchant.Products)
            {
                yield return ($"{merchant.Id}/{product.Id}", merchant.AsOf, product);
            }
        }

        foreach (var provider in Lines(directory, "brand-providers.jsonl").Select(SnapshotJson.Deserialize<BrandProviderSnapshot>))
        {
            yield return (provider.Id, provider.AsOf, provider);
        }

        foreach (var provider in Lines(directory, "store-operation-providers.jsonl").Select(SnapshotJson.Deserialize<StoreOperationProviderSnapshot>))
        {
            yield return (provider.Id, provider.AsOf, provider);
        }
    }

    private static IEnumerable<string> Lines(string directory, string file) => File.ReadLines(Path.Combine(directory, file)).Where(l => l.Length > 0);
}
