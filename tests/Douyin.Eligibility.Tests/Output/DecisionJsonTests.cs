using System.Buffers;
using System.Text;
using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Output;
using Douyin.Eligibility.Tests.Api;

namespace Douyin.Eligibility.Tests.Output;

public class DecisionJsonTests
{
    [Fact]
    public void Write_UnknownStoreScore_WritesNullObservedAndJsonFieldName()
    {
        var json = Parse(Admission(TestRules.GoodMerchant() with { StoreScore = null }));

        json.GetProperty("outcome").GetString().Should().Be("Indeterminate");
        json.GetProperty("missingFields").EnumerateArray().Select(e => e.GetString()).Should().Equal("storeScore");
        var reason = json.GetProperty("reasons")[0];
        reason.GetProperty("observed").ValueKind.Should().Be(JsonValueKind.Null);
        reason.GetProperty("threshold").GetString().Should().Be("4.1");
    }

    [Fact]
    public void Write_FailedComparison_WritesObservedAsTextAndGap()
    {
        var reason = Parse(Admission(TestRules.GoodMerchant() with { StoreScore = 3m })).GetProperty("reasons")[0];

        reason.GetProperty("observed").GetString().Should().Be("3");
        reason.GetProperty("gap").GetString().Should().Be("4.11 (+1.11)");
    }

    [Fact]
    public void Write_OutcomeAndIdGiven_WritesThemInstead()
    {
        var json = Parse(Admission(TestRules.GoodMerchant()), "Shown", "S/P");

        json.GetProperty("outcome").GetString().Should().Be("Shown");
        json.GetProperty("id").GetString().Should().Be("S/P");
    }

    [Fact]
    public void WriteProperties_InsideCallersObject_LeavesRoomForItsOwnProperties()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, DecisionJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", 7);
            DecisionJson.WriteProperties(writer, Admission(TestRules.GoodMerchant()));
            writer.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        text.Should().StartWith("{\"line\":7,\"id\":");
        JsonDocument.Parse(text).RootElement.GetProperty("ruleSetHash").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Write_ChineseMessage_IsNotEscaped()
        => Encoding.UTF8.GetString(Bytes(Admission(TestRules.GoodMerchant() with { StoreScore = 3m }, EvaluationSettings.Chinese))).Should().Contain("店铺");

    private static JsonElement Parse(EligibilityDecision decision, string? outcome = null, string? id = null)
        => JsonDocument.Parse(Bytes(decision, outcome, id)).RootElement;

    private static byte[] Bytes(EligibilityDecision decision, string? outcome = null, string? id = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, DecisionJson.WriterOptions))
        {
            DecisionJson.Write(writer, decision, outcome, id);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static AdmissionDecision Admission(Douyin.Eligibility.Snapshots.MerchantSnapshot merchant, EvaluationSettings? settings = null)
    {
        var result = TestRules.Evaluator.EvaluateAllianceAdmission(merchant, (settings ?? EvaluationSettings.English) with { Explain = true });
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Decision!;
    }
}
