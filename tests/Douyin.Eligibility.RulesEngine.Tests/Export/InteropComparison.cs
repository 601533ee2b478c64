extern alias interop;

using Douyin.Eligibility.Json;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Snapshots;
using InteropResult = interop::Douyin.Eligibility.Interop.InteropResult;
using InteropRunner = interop::Douyin.Eligibility.Interop.InteropRunner;
using Workflow = Douyin.Eligibility.Rules.Workflow;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

/// <summary>
/// Runs a folder of snapshot files through the interop sample (plain RulesEngine over the committed export) and, read by
/// the library, through the built-in engine, and compares every subject on every version that takes it.
/// </summary>
internal static class InteropComparison
{
    /// <summary>A subject read by the library: a store, one of its products (<c>store/product</c>, on the store's date) or a provider.</summary>
    public sealed record Subject(string Id, DateOnly AsOf, object Value);

    /// <summary>The file names the sample reads.</summary>
    public const string Merchants = "merchants.jsonl";

    /// <inheritdoc cref="Merchants"/>
    public const string BrandProviders = "brand-providers.jsonl";

    /// <inheritdoc cref="Merchants"/>
    public const string StoreOperationProviders = "store-operation-providers.jsonl";

    /// <summary>What the two runs gave.</summary>
    /// <param name="Results">The interop sample's results.</param>
    /// <param name="Expected">The (subject, version) pairs the library says should run.</param>
    /// <param name="Disagreements">Each run whose rule or workflow outcomes differ, both sides written out.</param>
    public sealed record Outcome(IReadOnlyList<InteropResult> Results, IReadOnlyList<(string Subject, string WorkflowName)> Expected, IReadOnlyList<string> Disagreements);

    public static Outcome Run(string dataDirectory)
    {
        var versions = ShippedRules.Comparison.Translation.Workflows.ToDictionary(w => w.WorkflowName, w => w.Source);
        var subjects = Subjects(dataDirectory).ToList();
        var expected = subjects
            .SelectMany(s => versions.Where(v => Takes(v.Value, s.Value)).Select(v => (s.Id, v.Key)))
            .ToList();

        var results = InteropRunner.Run(ExportPaths.Committed, dataDirectory);

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

        return new Outcome(results, expected, disagreements);
    }

    /// <summary>The subjects of the sample files under <paramref name="directory"/>, read by the library.</summary>
    public static IEnumerable<Subject> Subjects(string directory)
    {
        foreach (var merchant in Lines(directory, Merchants).Select(SnapshotJson.Deserialize<MerchantSnapshot>))
        {
            yield return new(merchant.Id, merchant.AsOf, merchant);
            foreach (var product in merchant.Products)
            {
                yield return new($"{merchant.Id}/{product.Id}", merchant.AsOf, product);
            }
        }

        foreach (var provider in Lines(directory, BrandProviders).Select(SnapshotJson.Deserialize<BrandProviderSnapshot>))
        {
            yield return new(provider.Id, provider.AsOf, provider);
        }

        foreach (var provider in Lines(directory, StoreOperationProviders).Select(SnapshotJson.Deserialize<StoreOperationProviderSnapshot>))
        {
            yield return new(provider.Id, provider.AsOf, provider);
        }
    }

    private static bool Takes(Workflow version, object value) => version.Inputs is [var input] && input.Type == value.GetType();

    private static IEnumerable<string> Lines(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path) ? File.ReadLines(path).Where(l => l.Length > 0) : [];
    }
}
