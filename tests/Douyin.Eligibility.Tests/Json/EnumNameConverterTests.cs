using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Json;

/// <summary>Enums are read from their documented names only: numbers and numeric strings are read errors.</summary>
public class EnumNameConverterTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("\"2\"")]
    [InlineData("\" FivePoint\"")]
    [InlineData("\"fivepoint\"")]
    [InlineData("\"FivePoint,HundredPoint\"")]
    [InlineData("true")]
    public void Read_ScaleThatIsNotADocumentedName_FailsNamingTheField(string value)
    {
        var result = SnapshotJson.Read<MerchantSnapshot>($$"""{"id":"S","asOf":"2024-07-25","experienceScore":4.2,"experienceScoreScale":{{value}}}""");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Field.Should().Be("experienceScoreScale");
        result.Error.Message.Should().Contain("\"FivePoint\" or \"HundredPoint\"");
    }

    [Theory]
    [InlineData("\"FivePoint\"", ScoreScale.FivePoint)]
    [InlineData("\"HundredPoint\"", ScoreScale.HundredPoint)]
    [InlineData("null", null)]
    public void Read_ScaleName_IsRead(string value, ScoreScale? expected)
        => SnapshotJson.Read<MerchantSnapshot>($$"""{"id":"S","asOf":"2024-07-25","experienceScoreScale":{{value}}}""")
            .Value!.ExperienceScoreScale.Should().Be(expected);

    [Fact]
    public void Serialize_Scale_WritesItsNameAndReadsBack()
    {
        var merchant = new MerchantSnapshot { Id = "S", AsOf = new DateOnly(2024, 7, 25), ExperienceScore = 70m, ExperienceScoreScale = ScoreScale.HundredPoint };

        var json = SnapshotJson.Serialize(merchant);

        json.Should().Contain("\"experienceScoreScale\":\"HundredPoint\"");
        SnapshotJson.Deserialize<MerchantSnapshot>(json).Should().Be(merchant);
    }

    [Fact]
    public void Read_NumericScaleThroughTheGeneratedContext_IsAlsoRejected()
    {
        var act = () => System.Text.Json.JsonSerializer.Deserialize("""{"id":"S","asOf":"2024-07-25","experienceScoreScale":1}""", SnapshotJsonContext.Default.MerchantSnapshot);

        act.Should().Throw<System.Text.Json.JsonException>();
    }
}
