using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Snapshots;

public class ExampleFileTests
{
    [Fact]
    public void MerchantExample_File_DeserializesAndValidates()
    {
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(Example("merchant.json"));

        SnapshotValidator.Validate(merchant).IsSuccess.Should().BeTrue();
        merchant.ExperienceScoreScale.Should().Be(ScoreScale.FivePoint);
        merchant.Products.Should().HaveCount(2);
        merchant.Products[1].ClearedDate.Should().Be(new DateOnly(2024, 7, 20));
        merchant.Penalties.Should().ContainSingle().Which.Rule.Should().Be(PenaltyRules.MerchantViolation);
    }

    [Fact]
    public void BrandProviderExample_File_DeserializesAndValidates()
    {
        var provider = SnapshotJson.Deserialize<BrandProviderSnapshot>(Example("brand-provider.json"));

        SnapshotValidator.Validate(provider).IsSuccess.Should().BeTrue();
        provider.BoundMerchantsSelfSaleGmv30dFen.Should().Be(132_870_000);
        provider.DaysSinceCertified.Should().BeGreaterThan(90);
    }

    [Fact]
    public void StoreOperationProviderExample_File_DeserializesAndValidates()
    {
        var provider = SnapshotJson.Deserialize<StoreOperationProviderSnapshot>(Example("store-operation-provider.json"));

        SnapshotValidator.Validate(provider).IsSuccess.Should().BeTrue();
        provider.SoftwareModules.Should().Contain(StoreOperationModules.StoreDecoration);
        provider.RegisteredFullYears.Should().Be(4);
        provider.CurrentYearViolationPoints.Should().Be(0, "the 2023 points reset on 31 Dec");
    }

    [Theory]
    [InlineData("merchant.json")]
    [InlineData("brand-provider.json")]
    [InlineData("store-operation-provider.json")]
    public void Docs_ExampleFiles_AreContainedVerbatim(string file)
    {
        var docs = Normalize(Repo.ReadText("docs", "snapshots.md"));

        docs.Should().Contain(Normalize(Example(file)), "docs/snapshots.md shows the sample files, and must not drift from them");
    }

    [Fact]
    public void Docs_ValidationCodes_AreEachListed()
    {
        var docs = Repo.ReadText("docs", "snapshots.md");
        var codes = typeof(ValidationCodes).GetFields().Select(f => (string)f.GetValue(null)!);

        codes.Should().OnlyContain(code => docs.Contains($"| {code} |"));
    }

    [Theory]
    [InlineData(typeof(MerchantSnapshot))]
    [InlineData(typeof(ProductSnapshot))]
    [InlineData(typeof(PenaltyRecord))]
    [InlineData(typeof(ControllerStoreSnapshot))]
    [InlineData(typeof(BrandProviderSnapshot))]
    [InlineData(typeof(StoreOperationProviderSnapshot))]
    [InlineData(typeof(ProviderViolation))]
    public void Docs_SerializedFields_AreEachDescribed(Type type)
    {
        var docs = Repo.ReadText("docs", "snapshots.md");
        var fields = type.GetProperties().Where(p => p.CanWrite)
            .Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        fields.Should().OnlyContain(f => docs.Contains($"| `{f}` |"));
    }

    private static string Example(string file) => Repo.ReadText("samples", "data", "examples", file);

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Trim();
}
