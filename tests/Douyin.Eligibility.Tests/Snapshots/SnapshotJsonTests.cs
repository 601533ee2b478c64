using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Snapshots;

public class SnapshotJsonTests
{
    [Fact]
    public void Serialize_ThenDeserialize_MerchantEqualsOriginal()
    {
        var original = Support.Snapshots.Merchant();

        var copy = SnapshotJson.Deserialize<MerchantSnapshot>(SnapshotJson.Serialize(original));

        copy.Should().Be(original);
        copy.Products[1].ClearedDate.Should().Be(new DateOnly(2024, 7, 1));
    }

    [Fact]
    public void Serialize_ThenDeserialize_BrandProviderEqualsOriginal()
    {
        var original = Support.Snapshots.BrandProvider();

        SnapshotJson.Deserialize<BrandProviderSnapshot>(SnapshotJson.Serialize(original, indented: true)).Should().Be(original);
    }

    [Fact]
    public void Serialize_ThenDeserialize_StoreOperationProviderEqualsOriginal()
    {
        var original = Support.Snapshots.StoreOperationProvider();

        SnapshotJson.Deserialize<StoreOperationProviderSnapshot>(SnapshotJson.Serialize(original)).Should().Be(original);
    }

    [Fact]
    public void Serialize_Merchant_WritesCamelCaseStringEnumsAndIsoDates()
    {
        var json = SnapshotJson.Serialize(Support.Snapshots.Merchant());

        json.Should().Contain("\"asOf\":\"2024-07-25\"")
            .And.Contain("\"experienceScoreScale\":\"FivePoint\"")
            .And.Contain("\"gmv30dFen\":1234500")
            .And.Contain("\"positiveRate\":0.9");
    }

    [Fact]
    public void Serialize_UnknownValues_AreLeftOutAndDerivedValuesAreNotWritten()
    {
        var json = SnapshotJson.Serialize(new MerchantSnapshot { Id = "S", AsOf = Support.Snapshots.AsOf, SettledDate = new DateOnly(2024, 1, 1) });

        json.Should().NotContain("storeScore").And.NotContain("null").And.NotContain("daysSinceSettled");
        json.Should().Contain("\"penalties\":[]");
    }

    [Fact]
    public void Deserialize_UnknownProperty_ThrowsNamingTheProperty()
    {
        var act = () => SnapshotJson.Deserialize<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","storeScroe":4.5}""");

        act.Should().Throw<JsonException>().WithMessage("*storeScroe*");
    }

    [Fact]
    public void Read_UnknownNestedProperty_ReportsItsPath()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","products":[{"id":"P"},{"id":"Q","qualityRetunRate":0.1}]}""");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().Be("Unknown property 'qualityRetunRate' in ProductSnapshot; check its spelling against docs/snapshots.md.");
        result.Error.Field.Should().StartWith("products[1]");
    }

    [Fact]
    public void Deserialize_DerivedPropertyInJson_IsRejectedAsUnknown()
    {
        var act = () => SnapshotJson.Deserialize<StoreOperationProviderSnapshot>("""{"id":"D","asOf":"2024-01-02","registeredFullYears":3}""");

        act.Should().Throw<JsonException>().WithMessage("*registeredFullYears*");
    }

    [Fact]
    public void Deserialize_NullOrMissingLists_BecomeEmpty()
    {
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","penalties":null}""");

        merchant.Penalties.Should().NotBeNull().And.BeEmpty();
        merchant.ControllerStores.Should().NotBeNull().And.BeEmpty();
        merchant.Products.Should().NotBeNull().And.BeEmpty();
        SnapshotJson.Deserialize<StoreOperationProviderSnapshot>("""{"id":"D","asOf":"2024-01-02","softwareModules":null}""")
            .SoftwareModules.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public void Read_NaNAsString_FailsNamingTheField()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","storeScore":"NaN"}""");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Field.Should().Be("storeScore");
        result.Error.Message.Should().Contain("wrong type or format").And.Contain("as a number");
    }

    [Fact]
    public void Read_BareNaNToken_FailsAsInvalidJson()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","positiveRate":NaN}""");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().Contain("'N' is an invalid start of a value");
        result.Error.Field.Should().Be("positiveRate");
    }

    [Fact]
    public void Read_NumberAsString_FailsBecauseNumberHandlingIsStrict()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","gmv30dFen":"100"}""");

        result.Error!.Field.Should().Be("gmv30dFen");
    }

    [Fact]
    public void Read_FractionalFen_Fails()
    {
        var result = SnapshotJson.Read<BrandProviderSnapshot>("""{"id":"B","asOf":"2023-01-25","violationFinesFen":10.5}""");

        result.Error!.Field.Should().Be("violationFinesFen");
    }

    [Theory]
    [InlineData("2024/07/25")]
    [InlineData("2024-07-25T00:00:00")]
    [InlineData("25.07.2024")]
    public void Read_DateNotIsoCalendarDate_Fails(string date)
    {
        var result = SnapshotJson.Read<MerchantSnapshot>($$"""{"id":"S","asOf":"{{date}}"}""");

        result.Error!.Field.Should().Be("asOf");
    }

    [Fact]
    public void Read_UnknownEnumName_Fails()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","experienceScore":70,"experienceScoreScale":"TenPoint"}""");

        result.Error!.Field.Should().Be("experienceScoreScale");
    }

    [Fact]
    public void Read_JsonNull_FailsAsNullItem()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>("null");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().Contain("null");
    }

    [Fact]
    public void Read_ErrorOnLaterLine_ReportsThatLine()
    {
        var json = "{\n  \"id\": \"S\",\n  \"asOf\": \"2024-07-25\",\n  \"storeScore\": true\n}";

        var result = SnapshotJson.Read<MerchantSnapshot>(json);

        result.Error!.Line.Should().Be(4);
        result.Error.Field.Should().Be("storeScore");
    }

    [Fact]
    public async Task DeserializeAsync_Stream_ReadsSnapshot()
    {
        var original = Support.Snapshots.StoreOperationProvider();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SnapshotJson.Serialize(original)));

        (await SnapshotJson.DeserializeAsync<StoreOperationProviderSnapshot>(stream)).Should().Be(original);
    }
}
