using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Schema;

/// <summary>rules/schema/snapshot.schema.json stays in step with SnapshotJsonContext and with the sample data.</summary>
public class SnapshotSchemaTests
{
    private static readonly MiniJsonSchema Schema = MiniJsonSchema.Load(Repo.PathOf("rules", "schema", "snapshot.schema.json"));

    public static TheoryData<string, string> Types => new()
    {
        { "merchant", nameof(SnapshotJsonContext.MerchantSnapshot) },
        { "product", nameof(SnapshotJsonContext.ProductSnapshot) },
        { "penalty", nameof(SnapshotJsonContext.PenaltyRecord) },
        { "controllerStore", nameof(SnapshotJsonContext.ControllerStoreSnapshot) },
        { "brandProvider", nameof(SnapshotJsonContext.BrandProviderSnapshot) },
        { "storeOperationProvider", nameof(SnapshotJsonContext.StoreOperationProviderSnapshot) },
        { "violation", nameof(SnapshotJsonContext.ProviderViolation) },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void SnapshotSchema_Properties_AreExactlyWhatTheContextSerializes(string def, string contextProperty)
    {
        var typeInfo = (JsonTypeInfo)typeof(SnapshotJsonContext).GetProperty(contextProperty)!.GetValue(SnapshotJsonContext.Default)!;

        // Derived, get-only properties (daysSinceSettled, ...) are never written and are rejected on input.
        var serialized = typeInfo.Properties.Where(p => p.Set is not null).Select(p => p.Name);

        Schema.PropertyNames($"#/$defs/{def}").Should().BeEquivalentTo(serialized);
    }

    [Theory]
    [InlineData("merchant.json", "merchant")]
    [InlineData("brand-provider.json", "brandProvider")]
    [InlineData("store-operation-provider.json", "storeOperationProvider")]
    public void SnapshotSchema_Examples_Conform(string file, string def)
    {
        using var document = JsonDocument.Parse(Repo.ReadText("samples", "data", "examples", file));

        Schema.Validate(document.RootElement, $"#/$defs/{def}").Should().BeEmpty();
        Schema.Validate(document.RootElement).Should().BeEmpty("the root accepts any of the three snapshot kinds");
    }

    [Theory]
    [InlineData("merchants.jsonl", "merchant")]
    [InlineData("brand-providers.jsonl", "brandProvider")]
    [InlineData("store-operation-providers.jsonl", "storeOperationProvider")]
    public void SnapshotSchema_SampleData_EveryLineConforms(string file, string def)
    {
        var lines = File.ReadAllLines(Repo.PathOf("samples", "data", file)).Where(l => l.Length > 0).ToList();

        lines.Should().NotBeEmpty();
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            using var document = JsonDocument.Parse(line);
            Schema.Validate(document.RootElement, $"#/$defs/{def}").Should().BeEmpty($"line {number} of {file} must conform");
        }
    }

    [Fact]
    public void ErrorSamples_WhatTheReaderRejects_TheSchemaRejects()
    {
        var lines = File.ReadAllLines(Repo.PathOf("samples", "data", "merchants-with-errors.jsonl"));
        var checkedLines = 0;
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            if (SnapshotJson.Read<Douyin.Eligibility.Snapshots.MerchantSnapshot>(line).IsSuccess || !IsJson(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            Schema.Validate(document.RootElement, "#/$defs/merchant").Should().NotBeEmpty($"line {number} is rejected by the reader");
            checkedLines++;
        }

        checkedLines.Should().BeGreaterThan(3);
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData("""{"id": "S", "asOf": "2026-11-20", "storeScroe": 4.5}""", "storeScroe")]
    [InlineData("""{"id": "S", "asOf": "2026-11-20", "positiveRate": 75}""", "positiveRate")]
    [InlineData("""{"id": "S", "asOf": "2026-11-20", "gmv30dFen": 10.5}""", "gmv30dFen")]
    [InlineData("""{"id": "S", "asOf": "2026-11-20", "experienceScoreScale": "TenPoint"}""", "TenPoint")]
    [InlineData("""{"id": "S", "asOf": "20261120"}""", "asOf")]
    [InlineData("""{"id": "S", "asOf": "2026-11-20", "penalties": [{"date": "2026-01-01"}]}""", "rule")]
    public void MerchantSchema_BadValues_AreRejected(string json, string mentioned)
    {
        using var document = JsonDocument.Parse(json);

        Schema.Validate(document.RootElement, "#/$defs/merchant").Should().ContainMatch($"*{mentioned}*");
    }
}
