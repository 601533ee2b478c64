using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Samples;

/// <summary>The generated sample data in samples/data reads and validates, and the error file fails line by line.</summary>
public class SampleDataTests
{
    [Theory]
    [InlineData("merchants.jsonl", 240)]
    [InlineData("brand-providers.jsonl", 40)]
    [InlineData("store-operation-providers.jsonl", 40)]
    public void ReadAll_SampleFile_EveryLineReadsAndValidates(string file, int atLeast)
    {
        var count = file switch
        {
            "merchants.jsonl" => ReadAll<MerchantSnapshot>(file).Count,
            "brand-providers.jsonl" => ReadAll<BrandProviderSnapshot>(file).Count,
            _ => ReadAll<StoreOperationProviderSnapshot>(file).Count,
        };

        count.Should().BeGreaterThanOrEqualTo(atLeast);
    }

    [Fact]
    public void Merchants_SampleFile_IsVaried()
    {
        var merchants = ReadAll<MerchantSnapshot>("merchants.jsonl");

        merchants.Select(m => m.Id).Should().OnlyHaveUniqueItems();
        merchants.Should().OnlyContain(m => m.AsOf == new DateOnly(2026, 11, 20));
        merchants.Should().Contain(m => m.SellsVirtualGoodsOnly == true);
        merchants.Should().Contain(m => m.StoreScore == 4.1m, "a score exactly on the threshold");
        merchants.Should().Contain(m => m.StoreScore == null, "unknown data makes decisions indeterminate");
        merchants.Select(m => m.AllianceOpeningsUsed).Should().Contain([0, 1, 2, 3]);
        merchants.Should().Contain(m => m.ControllerStores.Any(s => s.HasSeriousTransactionSafetyIncident == true || s.HasSeriousViolationPenalty == true));
        merchants.Should().Contain(m => m.ControllerStoresKnown != true);
        var evasion = merchants.SelectMany(m => m.Penalties.Where(p => p.Rule == PenaltyRules.PublishingEvasion).Select(p => m.AsOf.DayNumber - p.Date.DayNumber)).ToList();
        evasion.Should().Contain(d => d < 365).And.Contain(d => d >= 365, "evasion penalties inside and outside the 365-day window");
        merchants.Should().OnlyContain(m => m.ExperienceScoreScale == null || m.ExperienceScoreScale == ScoreScale.FivePoint);
        merchants.SelectMany(m => m.Products).Should().Contain(p => p.QualityReturnRate > p.QualityReturnRateThreshold)
            .And.Contain(p => p.PickupRate24h < 0.40m).And.Contain(p => p.CustomerServiceSatisfactionRate < 0.60m).And.Contain(p => p.PickupRate24h == null);
    }

    [Fact]
    public void MerchantsWithErrors_EveryLineButTheFirst_Fails()
    {
        using var reader = File.OpenText(Repo.PathOf("samples", "data", "merchants-with-errors.jsonl"));
        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(reader).ToList();

        results.Should().HaveCountGreaterThan(5);
        results[0].IsSuccess.Should().BeTrue();
        SnapshotValidator.Validate(results[0].Value!).IsSuccess.Should().BeTrue();
        foreach (var (result, line) in results.Select((r, i) => (r, i + 1)).Skip(1))
        {
            var rejected = !result.IsSuccess || !SnapshotValidator.Validate(result.Value!).IsSuccess;
            rejected.Should().BeTrue($"line {line} is deliberately invalid");
        }

        results.Should().Contain(r => !r.IsSuccess, "some lines fail JSON reading");
        results.Should().Contain(r => r.IsSuccess && !SnapshotValidator.Validate(r.Value!).IsSuccess, "some lines read but fail validation");
    }

    internal static List<T> ReadAll<T>(string file)
        where T : class, ISnapshot
    {
        using var reader = File.OpenText(Repo.PathOf("samples", "data", file));
        var items = new List<T>();
        foreach (var result in SnapshotJson.ReadJsonLines<T>(reader))
        {
            result.IsSuccess.Should().BeTrue($"{file}: {result.Error}");
            var validation = Validate(result.Value!);
            validation.IsSuccess.Should().BeTrue($"{file} item {items.Count + 1}: {validation}");
            items.Add(result.Value!);
        }

        return items;
    }

    private static ValidationResult Validate(ISnapshot snapshot) => snapshot switch
    {
        MerchantSnapshot m => SnapshotValidator.Validate(m),
        BrandProviderSnapshot b => SnapshotValidator.Validate(b),
        StoreOperationProviderSnapshot s => SnapshotValidator.Validate(s),
        _ => throw new NotSupportedException(snapshot.GetType().Name),
    };
}
