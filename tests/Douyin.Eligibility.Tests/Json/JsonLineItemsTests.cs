using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Json;

public class JsonLineItemsTests
{
    private static List<SnapshotReadResult<MerchantSnapshot>> ReadAll(string text, int maxLineBytes = 1024)
        => ItemPump.Read(new JsonLineItems<MerchantSnapshot>(maxLineBytes, SnapshotJsonContext.Default.MerchantSnapshot), new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

    [Fact]
    public void Next_BlankLines_AreSkippedButCounted()
    {
        var results = ReadAll("{\"id\":\"A\",\"asOf\":\"2024-07-25\"}\n\n \t\n\u3000\n{\"id\":\"B\",\"asOf\":\"2024-07-25\"}\n");

        results.Select(r => (r.Value!.Id, r.Line, r.Index)).Should().Equal(("A", 1L, 0), ("B", 5L, 1));
    }

    [Fact]
    public void Next_LineOverTheLimit_IsAFailedItemAndTheNextLineStillReads()
    {
        var longLine = "{\"id\":\"" + new string('x', 200) + "\",\"asOf\":\"2024-07-25\"}";

        var results = ReadAll(longLine + "\n{\"id\":\"B\",\"asOf\":\"2024-07-25\"}", maxLineBytes: 100);

        results.Should().HaveCount(2);
        results[0].IsSuccess.Should().BeFalse();
        results[0].Error!.Line.Should().Be(1);
        results[0].Error!.Index.Should().Be(0);
        results[1].Value!.Id.Should().Be("B");
        results[1].Index.Should().Be(1, "a too-long line still takes its index");
    }

    [Fact]
    public void Next_BrokenLine_FailsThatLineOnly()
    {
        var results = ReadAll("{\"id\":\"A\",\"asOf\":\"2024-07-25\"}\n{oops\n{\"id\":\"C\",\"asOf\":\"2024-07-25\"}");

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].Error!.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("   ")]
    public void Next_OnlyBlankInput_GivesNoItems(string text)
        => ReadAll(text).Should().BeEmpty();
}
