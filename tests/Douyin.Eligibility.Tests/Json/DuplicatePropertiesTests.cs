using System.Text;
using System.Text.Json;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Json;

/// <summary>A property repeated in one object is a read error naming it, in every reader, not "the last one wins".</summary>
public class DuplicatePropertiesTests
{
    private const string Repeated = """{"id":"S","asOf":"2024-07-25","storeScore":1,"storeScore":4.6}""";

    [Fact]
    public void Read_RepeatedTopLevelProperty_FailsNamingIt()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>(Repeated);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Field.Should().Be("storeScore");
        result.Error.Message.Should().StartWith("Duplicate property 'storeScore'");
    }

    [Fact]
    public void Read_RepeatedPropertyInAProduct_NamesItsPath()
    {
        var result = SnapshotJson.Read<MerchantSnapshot>(
            """{"id":"S","asOf":"2024-07-25","products":[{"id":"A"},{"id":"B","isCleared":false,"isCleared":true}]}""");

        result.Error!.Field.Should().Be("products[1].isCleared");
    }

    [Fact]
    public void Read_RepeatedPropertyInAViolation_NamesItsPath()
    {
        var result = SnapshotJson.Read<StoreOperationProviderSnapshot>(
            """{"id":"D","asOf":"2024-07-25","softwareModules":["A","B"],"violations":[{"date":"2024-01-01","points":1,"kind":"K","points":0}]}""");

        result.Error!.Field.Should().Be("violations[0].points");
    }

    [Theory]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":1,"store\u0053core":4.6}""", "storeScore")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","shopName":"A","shopName":null}""", "shopName")]
    public void Read_RepeatWrittenWithAnEscapeOrAsNull_IsStillARepeat(string json, string field)
        => SnapshotJson.Read<MerchantSnapshot>(json).Error!.Field.Should().Be(field);

    [Fact]
    public void Read_SameNameInSiblingObjects_IsValid()
        => SnapshotJson.Read<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","products":[{"id":"A"},{"id":"B"}],"controllerStores":[{"id":"C","penalties":[]}]}""")
            .IsSuccess.Should().BeTrue();

    [Fact]
    public void Read_WrongTypeAndRepeat_ReportsTheWrongTypeFirst()
        => SnapshotJson.Read<MerchantSnapshot>("""{"id":"S","asOf":"2024-07-25","storeScore":"x","storeScore":4.6}""")
            .Error!.Message.Should().NotStartWith("Duplicate");

    [Fact]
    public void ReadJsonLines_RepeatOnOneLine_FailsThatLineAndReadsTheOthers()
    {
        var text = $$"""
            {"id":"S1","asOf":"2024-07-25"}
            {{Repeated}}
            {"id":"S3","asOf":"2024-07-25"}
            """;

        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new StringReader(text)).ToList();

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].Error!.Should().Match<SnapshotReadError>(e => e.Line == 2 && e.Index == 1 && e.Field == "storeScore");
    }

    [Fact]
    public void ReadJsonArray_RepeatInAnElement_ReportsTheLineOfTheRepeatAndGoesOn()
    {
        var text = """
            [
              {"id":"S1","asOf":"2024-07-25"},
              {
                "id":"S2",
                "asOf":"2024-07-25",
                "id":"S2-again"
              },
              {"id":"S3","asOf":"2024-07-25"}
            ]
            """;

        var results = SnapshotJson.ReadJsonArray<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].Line.Should().Be(3);
        results[1].Error!.Should().Match<SnapshotReadError>(e => e.Line == 6 && e.Field == "id");
    }

    [Fact]
    public async Task ReadJsonArrayAsync_RepeatInAnElement_FailsThatElement()
    {
        var text = $"[{Repeated},{{\"id\":\"S2\",\"asOf\":\"2024-07-25\"}}]";

        var results = new List<SnapshotReadResult<MerchantSnapshot>>();
        await foreach (var result in SnapshotJson.ReadJsonArrayAsync<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(text))))
        {
            results.Add(result);
        }

        results.Select(r => r.Error?.Field).Should().Equal("storeScore", null);
    }

    [Fact]
    public void Deserialize_Repeat_ThrowsWithThePath()
    {
        var act = () => SnapshotJson.Deserialize<MerchantSnapshot>(Repeated);

        act.Should().Throw<JsonException>().Which.Path.Should().Be("$.storeScore");
    }

    [Fact]
    public async Task DeserializeAsync_Repeat_ThrowsWithThePath()
    {
        var act = async () => await SnapshotJson.DeserializeAsync<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(Repeated)));

        (await act.Should().ThrowAsync<JsonException>()).Which.Path.Should().Be("$.storeScore");
    }

    [Fact]
    public async Task DeserializeAsync_ValidDocumentWithByteOrderMark_IsRead()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{"id":"S","asOf":"2024-07-25"}""")).ToArray();

        (await SnapshotJson.DeserializeAsync<MerchantSnapshot>(new MemoryStream(bytes))).Id.Should().Be("S");
    }
}
