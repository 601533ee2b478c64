using System.Globalization;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>Two products of one store with the same id are a validation error naming the later one and the id, not two decisions with one id.</summary>
public class DuplicateIdTests
{
    private static MerchantSnapshot WithRepeatedProduct() => TestRules.GoodMerchant() with
    {
        Products = [Product() with { Id = "P-1" }, Product() with { Id = "P-2" }, Product() with { Id = "P-1", Title = "again" }],
    };

    [Fact]
    public void Validate_RepeatedProductId_ReportsSV020AtTheRepeatNamingTheId()
    {
        var error = SnapshotValidator.Validate(WithRepeatedProduct()).Errors.Should().ContainSingle().Which;

        error.Should().Match<ValidationError>(e => e.Field == "products[2].id" && e.Code == ValidationCodes.DuplicateId);
        error.Message.Should().Be("products[2].id is 'P-1', the same as products[0].id; ids must be unique in products.");
        error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("'P-1'").And.Contain("products[0].id");
    }

    [Fact]
    public void Validate_IdsDifferingOnlyInCase_AreDistinct()
        => SnapshotValidator.Validate(Merchant() with { Products = [Product() with { Id = "p-1" }, Product() with { Id = "P-1" }] }).IsSuccess.Should().BeTrue();

    [Fact]
    public void Validate_ThreeOfOneId_ReportsEachRepeat()
        => SnapshotValidator.Validate(Merchant() with { Products = [Product(), Product(), Product()] }).Errors.Select(e => e.Field)
            .Should().Equal("products[1].id", "products[2].id");

    [Fact]
    public void Validate_RepeatedIdWithControlCharacters_IsShownEscaped()
        => SnapshotValidator.Validate(Merchant() with { Products = [Product() with { Id = "P\u0001" }, Product() with { Id = "P\u0001" }] }).Errors
            .Should().Contain(e => e.Code == "SV020" && e.Message.Contains("'P\\u0001'"));

    [Fact]
    public void EvaluateProductClearance_RepeatedProductId_GivesOneDecisionPerId()
    {
        var results = TestRules.Evaluator.EvaluateProductClearance(WithRepeatedProduct());

        results.Should().HaveCount(3);
        results.Where(r => r.IsSuccess).Select(r => r.SubjectId).Should().Equal("P-1", "P-2");
        results[2].ValidationErrors.Should().ContainSingle().Which.Field.Should().Be("products[2].id");
    }

    [Fact]
    public void EvaluateAllianceAdmission_RepeatedProductId_IsInvalid()
        => TestRules.Evaluator.EvaluateAllianceAdmission(WithRepeatedProduct()).ValidationErrors
            .Should().ContainSingle().Which.Code.Should().Be("SV020");
}
