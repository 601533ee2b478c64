using System.Globalization;
using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Snapshots;

public class SnapshotJsonLimitsTests
{
    private static readonly SnapshotReadOptions Limit200 = new() { MaxItemBytes = 200 };

    private static readonly string Text = string.Join("\n",
        """{"id":"S1","asOf":"2024-07-25"}""",
        $$"""{"id":"S2","asOf":"2024-07-25","shopName":"{{new string('店', 100)}}"}""",
        "",
        """{"id":"S3","asOf":"2024-07-25"}""");

    [Fact]
    public void ReadJsonLines_LineLongerThanMaxItemBytes_IsAFailedItemInBothLanguagesAndTheNextLinesAreRead()
    {
        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new StringReader(Text), Limit200).ToList();

        AssertSecondTooLong(results);
    }

    [Fact]
    public void ReadJsonLines_StreamWithLineLongerThanMaxItemBytes_IsAFailedItemAndTheNextLinesAreRead()
    {
        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new ChunkedStream(Encoding.UTF8.GetBytes(Text), 5), Limit200).ToList();

        AssertSecondTooLong(results);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_LineLongerThanMaxItemBytes_MatchesSyncReader()
    {
        var fromReader = new List<SnapshotReadResult<MerchantSnapshot>>();
        var fromStream = new List<SnapshotReadResult<MerchantSnapshot>>();

        await foreach (var r in SnapshotJson.ReadJsonLinesAsync<MerchantSnapshot>(new StringReader(Text), Limit200))
        {
            fromReader.Add(r);
        }

        await foreach (var r in SnapshotJson.ReadJsonLinesAsync<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(Text)), Limit200))
        {
            fromStream.Add(r);
        }

        AssertSecondTooLong(fromReader);
        AssertSecondTooLong(fromStream);
    }

    [Fact]
    public void ReadJsonLines_DefaultLimit_Is16MiB()
    {
        SnapshotReadOptions.Default.MaxItemBytes.Should().Be(16 * 1024 * 1024);
        var line = $$"""{"id":"S1","asOf":"2024-07-25","shopName":"{{new string('a', 100_000)}}"}""";

        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new StringReader(line)).ToList();

        results.Should().ContainSingle().Which.Value!.ShopName.Should().HaveLength(100_000);
    }

    [Fact]
    public void ReadJsonArray_ElementLongerThanMaxItemBytes_IsAFailedItemInBothLanguagesAndTheNextElementsAreRead()
    {
        var json = "[" + Text.Replace("\n\n", "\n", StringComparison.Ordinal).Replace("\n", ",\n", StringComparison.Ordinal) + "]";

        var results = SnapshotJson.ReadJsonArray<MerchantSnapshot>(new ChunkedStream(Encoding.UTF8.GetBytes(json), 5), Limit200).ToList();

        results.Select(r => r.Value?.Id).Should().Equal("S1", null, "S3");
        results[1].Error.Should().Be(new SnapshotReadError(2, 1, "", "The element is longer than the limit of 200 bytes; it was skipped."));
        results[1].Error!.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("该元素长度超过 200 字节的上限，已跳过。");
        results[2].Index.Should().Be(2);
    }

    [Fact]
    public async Task ReadJsonArrayAsync_ElementLongerThanMaxItemBytes_MatchesSyncReader()
    {
        var json = $$"""[{"id":"S1","asOf":"2024-07-25","shopName":"{{new string('a', 300)}}"},{"id":"S2","asOf":"2024-07-25"}]""";
        var results = new List<SnapshotReadResult<MerchantSnapshot>>();

        await foreach (var r in SnapshotJson.ReadJsonArrayAsync<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(json)), Limit200))
        {
            results.Add(r);
        }

        results.Select(r => r.Value?.Id).Should().Equal(null, "S2");
    }

    [Fact]
    public void Read_StreamLongerThanMaxItemBytes_IsAFailedResult()
    {
        var json = $$"""{"id":"S1","asOf":"2024-07-25","shopName":"{{new string('a', 300)}}"}""";

        var tooLong = SnapshotJson.Read<MerchantSnapshot>(new ChunkedStream(Encoding.UTF8.GetBytes(json), 7), Limit200);
        var fits = SnapshotJson.Read<MerchantSnapshot>(new ChunkedStream(Encoding.UTF8.GetBytes(json), 7), new SnapshotReadOptions { MaxItemBytes = json.Length });

        tooLong.Error.Should().Be(new SnapshotReadError(1, 0, "", "The document is longer than the limit of 200 bytes."));
        tooLong.Error!.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("该文档长度超过 200 字节的上限。");
        fits.Value!.Id.Should().Be("S1");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(SnapshotReadOptions.MaxItemBytesLimit + 1)]
    public void MaxItemBytes_OutOfRange_Throws(int value)
    {
        var set = () => new SnapshotReadOptions { MaxItemBytes = value };

        set.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void AssertSecondTooLong(List<SnapshotReadResult<MerchantSnapshot>> results)
    {
        results.Select(r => r.Value?.Id).Should().Equal("S1", null, "S3");
        results[1].Error.Should().Be(new SnapshotReadError(2, 1, "", "The line is longer than the limit of 200 bytes; it was skipped."));
        results[1].Error!.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("该行长度超过 200 字节的上限，已跳过。");
        results[1].Line.Should().Be(2);
        results[2].Line.Should().Be(4);
        results[2].Index.Should().Be(2);
    }
}
