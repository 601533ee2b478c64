using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

public class JsonThenValidateTests
{
    [Fact]
    public void Validate_PathFromJsonInput_MatchesTheJsonField()
    {
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(
            """{"id":"S","asOf":"2024-07-25","products":[{"id":"A"},{"id":"B"},{"id":"C","qualityReturnRate":1.2}]}""");

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle().Which.Field.Should().Be("products[2].qualityReturnRate");
    }

    [Fact]
    public void Validate_ScaleGivenAsNumberInCode_ReportsSV012()
    {
        // JSON takes only the names (a number is a read error); a snapshot built in code can still hold any number.
        var merchant = new MerchantSnapshot { Id = "S", AsOf = new DateOnly(2024, 7, 25), ExperienceScore = 4.2m, ExperienceScoreScale = (ScoreScale)0 };

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle().Which.Code.Should().Be("SV012");
    }

    [Fact]
    public void Validate_NullIdInJson_ReportsSV001()
    {
        var merchant = SnapshotJson.Deserialize<MerchantSnapshot>("""{"id":null,"asOf":"2024-07-25"}""");

        SnapshotValidator.Validate(merchant).Errors.Should().ContainSingle().Which.Code.Should().Be("SV001");
    }

    [Fact]
    public void Validate_MissingAsOfInJson_ReportsSV002()
    {
        var provider = SnapshotJson.Deserialize<BrandProviderSnapshot>("""{"id":"B"}""");

        SnapshotValidator.Validate(provider).Errors.Should().ContainSingle().Which.Code.Should().Be("SV002");
    }
}
