using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>Ids, codes and names cannot contain control characters (NUL included); free text may hold only tab, CR and LF.</summary>
public class ControlCharacterTests
{
    public static TheoryData<string> Fields => new()
    {
        "id", "shopName", "penalties[0].rule", "penalties[0].severity", "controllerStores[0].id", "products[0].id", "products[0].title", "products[0].category",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Validate_NulInAnIdCodeOrName_ReportsSV019(string field)
    {
        var error = SnapshotValidator.Validate(With(field, "A\0B")).Errors.Should().ContainSingle().Which;

        error.Should().Match<ValidationError>(e => e.Field == field && e.Code == ValidationCodes.ControlCharacter);
        error.Message.Should().Contain("U+0000 at position 2");
    }

    [Theory]
    [InlineData("A\u0001")]
    [InlineData("A\u001F")]
    [InlineData("A\u007F")]
    [InlineData("A\u0085")]
    [InlineData("A\tB")]
    [InlineData("A\nB")]
    public void Validate_OtherControlCharacterInAnId_ReportsSV019(string id)
        => SnapshotValidator.Validate(Merchant() with { Id = id }).Errors.Should().ContainSingle().Which.Code.Should().Be("SV019");

    [Fact]
    public void Validate_ControlCharacterInProviderFields_ReportsSV019()
    {
        var brand = BrandProvider() with { Id = "B\0", Name = "N\u0007" };
        var storeOp = StoreOperationProvider() with
        {
            Name = "N\0",
            SoftwareModules = ["StoreDecoration", "Product\0Listing"],
            Violations = [StoreOperationProvider().Violations[0] with { Id = "V\0", Kind = "K\0" }],
        };

        SnapshotValidator.Validate(brand).Errors.Select(e => (e.Field, e.Code)).Should().Equal(("id", "SV019"), ("name", "SV019"));
        SnapshotValidator.Validate(storeOp).Errors.Select(e => e.Field).Should().BeEquivalentTo("name", "softwareModules[1]", "violations[0].id", "violations[0].kind");
    }

    [Fact]
    public void Validate_LineBreaksAndTabsInFreeText_AreValid()
        => SnapshotValidator.Validate(With("penalties[0].description", "第一行\r\n\t第二行")).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_NulInFreeText_ReportsSV019()
        => SnapshotValidator.Validate(With("penalties[0].description", "说明\0")).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Field == "penalties[0].description" && e.Code == "SV019");

    [Fact]
    public void Validate_EscapedNulInJson_ReportsSV019()
    {
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>("""{"id":"S\u0000","asOf":"2024-07-25"}""");

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Field == "id" && e.Code == "SV019");
    }

    [Fact]
    public void Validate_ChineseAndOtherNonControlText_IsValid()
        => SnapshotValidator.Validate(Merchant() with { Id = "店铺-7214405 ①", ShopName = "山野茶舍 旗舰店 🍵" }).IsSuccess.Should().BeTrue();

    private static MerchantSnapshot With(string field, string text)
    {
        var merchant = Merchant();
        var penalty = merchant.Penalties[0];
        var product = merchant.Products[0];
        return field switch
        {
            "id" => merchant with { Id = text },
            "shopName" => merchant with { ShopName = text },
            "penalties[0].rule" => merchant with { Penalties = [penalty with { Rule = text }] },
            "penalties[0].severity" => merchant with { Penalties = [penalty with { Severity = text }] },
            "penalties[0].description" => merchant with { Penalties = [penalty with { Description = text }] },
            "controllerStores[0].id" => merchant with { ControllerStores = [merchant.ControllerStores[0] with { Id = text }] },
            "products[0].id" => merchant with { Products = [product with { Id = text }, merchant.Products[1]] },
            "products[0].title" => merchant with { Products = [product with { Title = text }, merchant.Products[1]] },
            "products[0].category" => merchant with { Products = [product with { Category = text }, merchant.Products[1]] },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
