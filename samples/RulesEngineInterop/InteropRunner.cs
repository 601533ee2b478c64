using System.Text.Json;
using Douyin.Eligibility.RulesEngine;
using RulesEngine.Models;

namespace Douyin.Eligibility.Interop;

/// <summary>One subject (a store, a product, a provider) run through one exported workflow version.</summary>
/// <param name="Subject">The subject's id (a product as <c>store/product</c>).</param>
/// <param name="WorkflowName">The RulesEngine workflow name of the version.</param>
/// <param name="IsInForce">Whether the version is the one in force on the subject's date.</param>
/// <param name="Rules">Each top-level rule's outcome, in the workflow's order.</param>
/// <param name="Outcome">The workflow's outcome: its rules combined with And.</param>
public sealed record InteropResult(string Subject, string WorkflowName, bool IsInForce, IReadOnlyList<KeyValuePair<string, DouyinOutcome>> Rules, DouyinOutcome Outcome);

/// <summary>
/// Loads the exported workflow JSON into Microsoft RulesEngine, reads the sample snapshots into the exported input types,
/// and runs every subject through every version of each workflow that takes it.
/// </summary>
public static class InteropRunner
{
    /// <summary>The sample files and the subjects they hold.</summary>
    private static readonly (string File, Func<string, IEnumerable<Subject>> Read)[] Files =
    [
        ("merchants.jsonl", line => Merchant(Parse<MerchantSnapshot>(line))),
        ("brand-providers.jsonl", line => [One(Parse<BrandProviderSnapshot>(line), p => p.Id, p => p.AsOf)]),
        ("store-operation-providers.jsonl", line => [One(Parse<StoreOperationProviderSnapshot>(line), p => p.Id, p => p.AsOf)]),
    ];

    /// <summary>Runs every subject of the sample files under <paramref name="dataDirectory"/> on the workflows in <paramref name="exportedDirectory"/>.</summary>
    /// <param name="exportedDirectory">The exported files (the workflow JSON is read from there).</param>
    /// <param name="dataDirectory">The sample data (<c>merchants.jsonl</c>, <c>brand-providers.jsonl</c>, <c>store-operation-providers.jsonl</c>; those missing are skipped).</param>
    public static IReadOnlyList<InteropResult> Run(string exportedDirectory, string dataDirectory)
    {
        var json = Directory.GetFiles(exportedDirectory, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var engine = new global::RulesEngine.RulesEngine(json, DouyinWorkflows.CreateSettings());
        var results = new List<InteropResult>();
        foreach (var (file, read) in Files)
        {
            var path = Path.Combine(dataDirectory, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var subject in File.ReadLines(path).Where(l => l.Length > 0).SelectMany(read))
            {
                foreach (var version in DouyinWorkflows.All.Where(v => v.Inputs is [var input] && input.Value == subject.Value.GetType()))
                {
                    results.Add(Evaluate(engine, version, subject));
                }
            }
        }

        return results;
    }

    private static InteropResult Evaluate(global::RulesEngine.RulesEngine engine, DouyinWorkflowVersion version, Subject subject)
    {
        var parameters = new[]
        {
            new RuleParameter(version.Inputs[0].Key, subject.Value),
            new RuleParameter("asOf", subject.AsOf),
        };
        var results = engine.ExecuteAllRulesAsync(version.WorkflowName, parameters).AsTask().GetAwaiter().GetResult();
        var rules = DouyinRuleOutcomes.Read(results);
        return new InteropResult(subject.Id, version.WorkflowName, version.IsInForce(subject.AsOf), rules, DouyinRuleOutcomes.Workflow(rules.Select(r => r.Value)));
    }

    private static T Parse<T>(string line) => JsonSerializer.Deserialize<T>(line) ?? throw new JsonException("A snapshot line is null.");

    /// <summary>A store, then each of its products (judged on the store's date).</summary>
    private static IEnumerable<Subject> Merchant(MerchantSnapshot merchant)
        => [One(merchant, m => m.Id, m => m.AsOf), .. merchant.Products.Select(p => new Subject($"{merchant.Id}/{p.Id}", merchant.AsOf, p))];

    private static Subject One<T>(T value, Func<T, string> id, Func<T, DateOnly> asOf)
        where T : notnull
        => new(id(value), asOf(value), value);

    private sealed record Subject(string Id, DateOnly AsOf, object Value);
}
