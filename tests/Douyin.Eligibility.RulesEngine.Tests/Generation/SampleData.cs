using System.Text.Json.Nodes;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Commands.Test;

namespace Douyin.Eligibility.Testing.Generation;

/// <summary>
/// The snapshots of <c>samples/data</c> as conformance cases, each at its own date: every line of each JSON Lines file
/// that reads (lines that do not are skipped; those of merchants-with-errors.jsonl that read are invalid snapshots),
/// and every product of every merchant at the merchant's date. Also the hand-picked boundary cases of the rule tests
/// (<c>rules/tests/*.tests.json</c>), each snapshot at its case's date.
/// </summary>
public static class SampleData
{
    /// <summary>The merchants of every merchant file under <paramref name="directory"/>.</summary>
    /// <param name="directory">A folder holding the sample files (<c>samples/data</c>, or a test's copy of them).</param>
    public static IReadOnlyList<MerchantSnapshot> Merchants(string directory)
        => [.. Files(directory, "merchants*.jsonl").SelectMany(Read<MerchantSnapshot>)];

    /// <summary>The brand providers of <c>brand-providers.jsonl</c>.</summary>
    public static IReadOnlyList<BrandProviderSnapshot> BrandProviders(string directory)
        => [.. Files(directory, "brand-providers*.jsonl").SelectMany(Read<BrandProviderSnapshot>)];

    /// <summary>The store-operation providers of <c>store-operation-providers.jsonl</c>.</summary>
    public static IReadOnlyList<StoreOperationProviderSnapshot> StoreOperationProviders(string directory)
        => [.. Files(directory, "store-operation-providers*.jsonl").SelectMany(Read<StoreOperationProviderSnapshot>)];

    /// <summary>The merchants as cases.</summary>
    public static IEnumerable<ConformanceCase> MerchantCases(string directory)
        => Merchants(directory).Select(m => new ConformanceCase("sample " + m.Id, m.AsOf, m));

    /// <summary>Every product of every merchant, at the merchant's date.</summary>
    public static IEnumerable<ConformanceCase> ProductCases(string directory)
        => Merchants(directory).SelectMany(m => m.Products.Where(p => p is not null).Select(p => new ConformanceCase($"sample {m.Id}/{p.Id}", m.AsOf, p)));

    /// <summary>The brand providers as cases.</summary>
    public static IEnumerable<ConformanceCase> BrandProviderCases(string directory)
        => BrandProviders(directory).Select(p => new ConformanceCase("sample " + p.Id, p.AsOf, p));

    /// <summary>The store-operation providers as cases.</summary>
    public static IEnumerable<ConformanceCase> StoreOperationProviderCases(string directory)
        => StoreOperationProviders(directory).Select(p => new ConformanceCase("sample " + p.Id, p.AsOf, p));

    /// <summary>
    /// The snapshots of the rule-test cases for <paramref name="workflowName"/> in <paramref name="directory"/>
    /// (<c>rules/tests</c> or a copy), each dated by its case's <c>asOf</c>; a snapshot that does not read is skipped.
    /// A case gives its whole snapshot or changes a base of its file (docs/rule-tests.md); the changes are applied by the
    /// <c>test</c> command's own code (SnapshotPatch, compiled in here), and one it cannot apply throws.
    /// </summary>
    /// <param name="directory">A folder holding <c>*.tests.json</c> files.</param>
    /// <param name="workflowName">The workflow the cases test.</param>
    public static IEnumerable<T> RuleTests<T>(string directory, string workflowName)
        where T : class, ISnapshot
    {
        foreach (var file in Files(directory, "*.tests.json"))
        {
            if (JsonNode.Parse(File.ReadAllText(file)) is not JsonObject root || (string?)root["workflow"] != workflowName || root["cases"] is not JsonArray cases)
            {
                continue;
            }

            foreach (var item in cases.OfType<JsonObject>())
            {
                if ((item["snapshot"] ?? Changed(root, item)).DeepClone() is JsonObject snapshot)
                {
                    if (item["asOf"] is { } asOf)
                    {
                        snapshot["asOf"] = asOf.DeepClone();
                    }

                    if (SnapshotJson.Read<T>(snapshot.ToJsonString()).Value is { } value)
                    {
                        yield return value;
                    }
                }
            }
        }
    }

    // The case's base (the file's "base", or one of its "bases" by name) with its unset, set and add applied in that order.
    private static JsonObject Changed(JsonObject root, JsonObject item)
    {
        var name = (string?)item["base"];
        var start = name is null ? root["base"] : root["bases"]?[name];
        if (start?.DeepClone() is not JsonObject snapshot)
        {
            throw new InvalidOperationException($"Rule test '{item["name"]}' has no snapshot and no base '{name}'.");
        }

        var changes = (item["unset"]?.AsArray() ?? []).Select(p => ((string)p!, SnapshotPatch.Kind.Unset, (JsonNode?)null))
            .Concat((item["set"]?.AsObject() ?? []).Select(p => (p.Key, SnapshotPatch.Kind.Set, p.Value?.DeepClone())))
            .Concat((item["add"]?.AsObject() ?? []).Select(p => (p.Key, SnapshotPatch.Kind.Add, p.Value?.DeepClone())));
        foreach (var (path, kind, value) in changes)
        {
            if (SnapshotPath.TryParse(path) is not { } parsed || SnapshotPatch.Apply(snapshot, parsed, kind, value) is not null)
            {
                throw new InvalidOperationException($"Rule test '{item["name"]}': cannot {kind} '{path}' (run the test command for the details).");
            }
        }

        return snapshot;
    }

    private static IEnumerable<string> Files(string directory, string pattern)
        => Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IEnumerable<T> Read<T>(string path)
        where T : class, ISnapshot
    {
        using var reader = new StreamReader(path);
        foreach (var result in SnapshotJson.ReadJsonLines<T>(reader))
        {
            if (result.Value is { } value)
            {
                yield return value;
            }
        }
    }
}
