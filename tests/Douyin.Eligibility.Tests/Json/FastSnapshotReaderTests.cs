using System.Text;
using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Json;

/// <summary>The quick merchant reader either gives exactly the serializer's snapshot or gives up, never something else.</summary>
public sealed class FastSnapshotReaderTests
{
    public static TheoryData<string> SampleLines()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "merchants.jsonl", "merchants-with-errors.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(Repo.Root, "samples", "data", file)).Where(l => l.Trim().Length > 0).Take(60))
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleLines))]
    public void TryRead_SampleLine_GivesTheSerializersSnapshotOrGivesUp(string line)
    {
        var serializer = Serializer(line);

        if (FastSnapshotReader.TryRead<MerchantSnapshot>(Encoding.UTF8.GetBytes(line), out var quick))
        {
            serializer.Should().NotBeNull("the quick reader took a line the serializer refuses");
            quick.Should().Be(serializer);
            SnapshotJson.Serialize(quick).Should().Be(SnapshotJson.Serialize(serializer!));
        }
    }

    [Fact]
    public void TryRead_EverySampleMerchant_IsReadQuickly()
    {
        var lines = File.ReadLines(Path.Combine(Repo.Root, "samples", "data", "merchants.jsonl")).Where(l => l.Length > 0).ToList();

        lines.Where(l => !FastSnapshotReader.TryRead<MerchantSnapshot>(Encoding.UTF8.GetBytes(l), out _)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"id":"S","asOf":"2024-07-25"}""")]
    [InlineData("""{"asOf":"2024-07-25","storeScore":4.10}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","shopName":null,"storeScore":null,"penalties":[],"products":[{"id":"P","isCleared":null}]}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","experienceScoreScale":"HundredPoint","gmv30dFen":9223372036854775807,"positiveRate":1e-2}""")]
    [InlineData("""  {"id":"S\u0041","asOf":"2024-02-29","shopName":"\"店\""}  """)]
    [InlineData("""{"id":"S","asOf":"2024-07-25","controllerStores":[{"id":"C","penalties":[{"rule":"R","date":"2024-01-02","points":3}]}]}""")]
    public void TryRead_ValidMerchant_GivesTheSerializersSnapshot(string json)
    {
        FastSnapshotReader.TryRead<MerchantSnapshot>(Encoding.UTF8.GetBytes(json), out var quick).Should().BeTrue();

        quick.Should().Be(Serializer(json));
        SnapshotJson.Serialize(quick!).Should().Be(SnapshotJson.Serialize(Serializer(json)!));
    }

    [Theory]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":1,"storeScore":4.6}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","products":[{"id":"A","id":"B"}]}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScroe":4.6}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","daysSinceSettled":3}""")]
    [InlineData("""{"id":"S","\u0061sOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S","asOf":"2024-02-30"}""")]
    [InlineData("""{"id":"S","asOf":"2024-7-25"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25T00:00:00"}""")]
    [InlineData("""{"id":"S","asOf":null}""")]
    [InlineData("""{"id":null,"asOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":"4.6"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","allianceOpeningsUsed":1.0}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","experienceScoreScale":"fivePoint"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","experienceScoreScale":1}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","products":null}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","products":[null]}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25"} {}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25",}""")]
    [InlineData("""[{"id":"S","asOf":"2024-07-25"}]""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25" """)]
    public void TryRead_AnythingItIsNotSureOf_GivesUp(string json)
    {
        FastSnapshotReader.TryRead<MerchantSnapshot>(Encoding.UTF8.GetBytes(json), out var quick).Should().BeFalse();

        quick.Should().BeNull();
    }

    [Fact]
    public void TryRead_InvalidUtf8InAString_GivesUp()
    {
        byte[] bytes = [.. "{\"id\":\"S"u8, 0xC3, 0x28, .. "\",\"asOf\":\"2024-07-25\"}"u8];

        FastSnapshotReader.TryRead<MerchantSnapshot>(bytes, out _).Should().BeFalse();
    }

    [Fact]
    public void TryRead_OtherSnapshotType_GivesUp()
    {
        FastSnapshotReader.TryRead<BrandProviderSnapshot>("""{"id":"B","asOf":"2024-07-25"}"""u8, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(typeof(MerchantSnapshot))]
    [InlineData(typeof(ControllerStoreSnapshot))]
    [InlineData(typeof(PenaltyRecord))]
    [InlineData(typeof(ProductSnapshot))]
    public void KnownNames_EachType_AreTheSerializersProperties(Type type)
    {
        // A property added to a snapshot must be added to the quick reader too, or it would be left at its initializer
        // where the serializer sets it to its default.
        var contract = SnapshotJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name);

        FastSnapshotReader.KnownNames(type).Should().BeEquivalentTo(contract);
    }

    private static MerchantSnapshot? Serializer(string json)
    {
        try
        {
            var value = JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<MerchantSnapshot>)SnapshotJson.Options.GetTypeInfo(typeof(MerchantSnapshot)));
            return value;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
