using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Snapshots;

public class SnapshotJsonArrayTests
{
    private const string ArrayWithBadSecondItem =
        """
        [
          { "id": "D1", "asOf": "2024-01-02" },
          {
            "id": "D2",
            "asOf": "2024-01-02",
            "violations": [
              { "date": "2023-05-01", "points": "two", "kind": "FalseInformation" }
            ]
          },
          { "id": "D3", "asOf": "2024-01-02", "softwareModules": ["StoreDecoration"] }
        ]
        """;

    public static TheoryData<int> ChunkSizes => new() { 1, 7, 4096 };

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void ReadJsonArray_BadItem_ReportsAbsoluteLineAndPathAndKeepsReading(int chunkSize)
    {
        var results = Read<StoreOperationProviderSnapshot>(ArrayWithBadSecondItem, chunkSize);

        results.Should().HaveCount(3);
        results[0].Value!.Id.Should().Be("D1");
        results[0].Line.Should().Be(2);
        results[1].Line.Should().Be(3);
        results[1].Error!.Line.Should().Be(7);
        results[1].Error!.Index.Should().Be(1);
        results[1].Error!.Field.Should().Be("violations[0].points");
        results[2].Value!.SoftwareModules.Should().Equal("StoreDecoration");
        results[2].Index.Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public async Task ReadJsonArrayAsync_BadItem_MatchesSyncReader(int chunkSize)
    {
        var results = new List<SnapshotReadResult<StoreOperationProviderSnapshot>>();

        await foreach (var r in SnapshotJson.ReadJsonArrayAsync<StoreOperationProviderSnapshot>(Stream(ArrayWithBadSecondItem, chunkSize)))
        {
            results.Add(r);
        }

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].Error!.Line.Should().Be(7);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void ReadJsonArray_ElementNestedDeeperThan64_IsAFailedItemAndLaterElementsAreRead(int chunkSize)
    {
        // Valid JSON, nested past System.Text.Json's default depth of 64 (and far past it), must not end the array.
        var deep = new string('[', 70) + new string(']', 70);
        var deeper = new string('[', 20_000) + new string(']', 20_000);
        var json = "[\n{\"id\":\"S1\",\"asOf\":\"2024-07-25\"},\n" + deep + ",\n"
            + "{\"id\":\"S2\",\"asOf\":\"2024-07-25\",\"products\":[{\"id\":\"P\",\"title\":" + deep + "}]},\n"
            + deeper + ",\n{\"id\":\"S3\",\"asOf\":\"2024-07-25\"}\n]";

        var results = Read<MerchantSnapshot>(json, chunkSize);

        results.Select(r => (r.IsSuccess, r.Index, r.Line)).Should().Equal((true, 0, 2L), (false, 1, 3L), (false, 2, 4L), (false, 3, 5L), (true, 4, 6L));
        results[2].Error!.Field.Should().Be("products[0].title");
        results[4].Value!.Id.Should().Be("S3");
    }

    [Fact]
    public void ReadJsonArray_ItemLargerThanBuffer_IsRead()
    {
        var merchant = Support.Snapshots.Merchant() with
        {
            Products = Enumerable.Range(0, 2000).Select(i => new ProductSnapshot { Id = $"P-{i}", Title = new string('茶', 20) }).ToList(),
        };
        var json = $"[{SnapshotJson.Serialize(merchant)},{SnapshotJson.Serialize(merchant with { Id = "S-2" })}]";

        var results = Read<MerchantSnapshot>(json, 1000);

        json.Length.Should().BeGreaterThan(64 * 1024);
        results.Select(r => r.Value).Should().Equal(merchant, merchant with { Id = "S-2" });
    }

    [Fact]
    public void ReadJsonArray_ManySmallItems_KeepsTheInitialBuffer()
    {
        var item = SnapshotJson.Serialize(Support.Snapshots.BrandProvider());
        var json = "[" + string.Join(",\n", Enumerable.Repeat(item, 2000)) + "]";
        var splitter = new JsonArraySplitter();
        var initial = splitter.BufferCapacity;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var items = 0;

        while (true)
        {
            var step = splitter.Next(out _, out _, out _);
            if (step == JsonArraySplitter.Step.NeedMoreData)
            {
                splitter.Advance(stream.Read(splitter.GetFreeSpace().Span));
            }
            else if (step == JsonArraySplitter.Step.Item)
            {
                items++;
            }
            else
            {
                step.Should().Be(JsonArraySplitter.Step.End);
                break;
            }
        }

        items.Should().Be(2000);
        json.Length.Should().BeGreaterThan(10 * initial);
        splitter.BufferCapacity.Should().Be(initial, "memory stays constant: only one item is held at a time");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("  \n [ \n ] \n ")]
    public void ReadJsonArray_EmptyArray_ReturnsNothing(string json)
        => Read<MerchantSnapshot>(json, 3).Should().BeEmpty();

    [Fact]
    public void ReadJsonArray_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""[{"id":"S","asOf":"2024-07-25"}]""")).ToArray();

        var results = SnapshotJson.ReadJsonArray<MerchantSnapshot>(new ChunkedStream(bytes, 2)).ToList();

        results.Should().ContainSingle().Which.Value!.Id.Should().Be("S");
    }

    [Fact]
    public void ReadJsonArray_NullItem_IsAFailedItem()
    {
        var results = Read<MerchantSnapshot>("""[null, {"id":"S","asOf":"2024-07-25"}]""", 5);

        results[0].Error!.Message.Should().Contain("null");
        results[1].Value!.Id.Should().Be("S");
    }

    [Theory]
    [InlineData("""{"id":"S"}""", 1, "Expected a JSON array")]
    [InlineData("", 1, "The input is empty")]
    [InlineData("[\n{\"id\":\"S\",\"asOf\":\"2024-07-25\"},\n", 3, "the array is not closed")]
    [InlineData("[\n{\"id\":\"S\",\"asOf\":\"2024-07-25\"}\n", 3, "the array is not closed")]
    [InlineData("[{\"id\":\"S\",\"asOf\":\"2024-07-25\"}] x", 1, "Unexpected content after the closing ']'")]
    [InlineData("[{\"id\":\"S\",\"asOf\":\"2024-07-25\"}\n{\"id\":\"T\"}]", 2, "Expected ',' or ']' after an element of the array, not '{'")]
    [InlineData("[{\"id\":\"S\",\"asOf\":\"2024-07-25\"},\n]", 2, "a trailing comma")]
    [InlineData("[{\"id\":\"S\",\"asOf\":\"2024-07-25\"}\n\n{", 3, "not '{'")]
    public void ReadJsonArray_BrokenStructure_EndsWithAFailure(string json, long line, string message)
    {
        var results = Read<MerchantSnapshot>(json, 4);

        var last = results.Last();
        last.IsSuccess.Should().BeFalse();
        last.Error!.Line.Should().Be(line);
        last.Error.Index.Should().Be(-1);
        last.Error.Message.Should().Contain(message);
    }

    [Fact]
    public void ReadJsonArray_SyntaxErrorInsideItem_StopsWithItsLineAfterEarlierItems()
    {
        var json = "[\n{\"id\":\"S1\",\"asOf\":\"2024-07-25\"},\n{\"id\":\"S2\",\n\"asOf\": 2024-07-25}\n]";

        var results = Read<MerchantSnapshot>(json, 3);

        results.Should().HaveCount(2);
        results[0].Value!.Id.Should().Be("S1");
        results[1].Error!.Line.Should().Be(4);
    }

    private static List<SnapshotReadResult<T>> Read<T>(string json, int chunkSize)
        where T : class, ISnapshot
        => SnapshotJson.ReadJsonArray<T>(Stream(json, chunkSize)).ToList();

    private static ChunkedStream Stream(string json, int chunkSize) => new(Encoding.UTF8.GetBytes(json), chunkSize);
}
