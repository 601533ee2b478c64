using System.Text.Json.Nodes;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.RulesEngine.Tests.Generation;

public sealed class SampleDataTests
{
    public static TheoryData<string> RuleTestFiles()
        => [.. Directory.EnumerateFiles(ShippedRules.RuleTestDirectory, "*.tests.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RuleTestFiles))]
    public void RuleTests_ShippedFile_GivesASnapshotForEveryCase(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(ShippedRules.RuleTestDirectory, file)))!;
        var workflow = (string)root["workflow"]!;
        var directory = Path.Combine(Path.GetTempPath(), "sample-data-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            File.Copy(Path.Combine(ShippedRules.RuleTestDirectory, file), Path.Combine(directory, file));

            var count = workflow switch
            {
                "BrandProviderRenewal" or "BrandProviderAssessment" => SampleData.RuleTests<BrandProviderSnapshot>(directory, workflow).Count(),
                "StoreOperationAdmission" or "StoreOperationPenalty" => SampleData.RuleTests<StoreOperationProviderSnapshot>(directory, workflow).Count(),
                _ => SampleData.RuleTests<MerchantSnapshot>(directory, workflow).Count(),
            };

            count.Should().Be(root["cases"]!.AsArray().Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void RuleTests_CaseThatChangesABase_GivesTheChangedSnapshotAtItsDate()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sample-data-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.tests.json"), """
                {"workflow": "AllianceAdmission", "base": {"id": "S1", "storeScore": 4.6, "positiveRate": 0.9},
                 "bases": {"other": {"id": "S2", "storeScore": 4.0}},
                 "cases": [
                  {"name": "changed", "asOf": "2024-07-25", "set": {"storeScore": 4.1}, "unset": ["positiveRate"], "outcome": "NotEligible"},
                  {"name": "other", "asOf": "2024-07-26", "base": "other", "add": {"positiveRate": 0.5}, "outcome": "NotEligible"},
                  {"name": "whole", "asOf": "2024-07-27", "snapshot": {"id": "S3"}, "outcome": "Indeterminate"}
                ]}
                """);

            var snapshots = SampleData.RuleTests<MerchantSnapshot>(directory, "AllianceAdmission").ToList();

            snapshots.Select(s => (s.Id, s.StoreScore, s.PositiveRate, s.AsOf)).Should().Equal(
                ("S1", 4.1m, (decimal?)null, new DateOnly(2024, 7, 25)),
                ("S2", 4.0m, 0.5m, new DateOnly(2024, 7, 26)),
                ("S3", (decimal?)null, (decimal?)null, new DateOnly(2024, 7, 27)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
