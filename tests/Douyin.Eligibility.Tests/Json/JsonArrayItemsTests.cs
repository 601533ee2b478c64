using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Json;

public class JsonArrayItemsTests
{
    private static List<SnapshotReadResult<MerchantSnapshot>> ReadAll(string text, int maxElementBytes = 1024)
        => ItemPump.Read(new JsonArrayItems<MerchantSnapshot>(maxElementBytes, SnapshotJsonContext.Default.MerchantSnapshot), new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

    [Fact]
    public void Next_Elements_AreParsedInOrderWithTheirLines()
    {
        var results = ReadAll("[\n{\"id\":\"A\",\"asOf\":\"2024-07-25\"},\n{\"id\":\"B\",\"asOf\":\"2024-07-25\"}\n]");

        results.Select(r => (r.Value!.Id, r.Line, r.Index)).Should().Equal(("A", 2L, 0), ("B", 3L, 1));
    }

    [Fact]
    public void Next_ElementOverTheLimit_IsAFailedItemAndTheNextElementStillReads()
    {
        var longElement = "{\"id\":\"" + new string('x', 200) + "\",\"asOf\":\"2024-07-25\"}";

        var results = ReadAll($"[{longElement},{{\"id\":\"B\",\"asOf\":\"2024-07-25\"}}]", maxElementBytes: 100);

        results.Select(r => r.IsSuccess).Should().Equal(false, true);
        results[0].Error!.Index.Should().Be(0);
        results[1].Index.Should().Be(1);
    }

    [Fact]
    public void Next_BrokenArraySyntax_EndsWithOneFailedResult()
    {
        var results = ReadAll("[{\"id\":\"A\",\"asOf\":\"2024-07-25\"} {\"id\":\"B\",\"asOf\":\"2024-07-25\"}]");

        results.Should().HaveCount(2);
        results[0].Value!.Id.Should().Be("A");
        results[1].IsSuccess.Should().BeFalse("a missing comma breaks the array");
    }

    [Fact]
    public void Next_EmptyArray_GivesNoItems()
        => ReadAll("[ ]").Should().BeEmpty();
}
