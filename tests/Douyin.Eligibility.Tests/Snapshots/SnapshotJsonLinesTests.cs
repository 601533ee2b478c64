using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Snapshots;

public class SnapshotJsonLinesTests
{
    private const string ThreeLinesSecondBad =
        """
        {"id":"S1","asOf":"2024-07-25","storeScore":4.5}
        {"id":"S2","asOf":"2024-07-25","products":[{"id":"P1"},{"id":"P2"},{"id":"P3","qualityReturnRate":"high"}]}
        {"id":"S3","asOf":"2024-07-25"}
        """;

    [Fact]
    public void ReadJsonLines_BadLine_ReportsLineAndFieldAndKeepsReading()
    {
        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new StringReader(ThreeLinesSecondBad)).ToList();

        results.Should().HaveCount(3);
        results[0].Value!.Id.Should().Be("S1");
        results[1].IsSuccess.Should().BeFalse();
        results[1].Error!.Line.Should().Be(2);
        results[1].Error!.Index.Should().Be(1);
        results[1].Error!.Field.Should().Be("products[2].qualityReturnRate");
        results[2].Value!.Id.Should().Be("S3");
        results[2].Line.Should().Be(3);
    }

    [Fact]
    public void ReadJsonLines_BlankLines_AreSkippedButCounted()
    {
        var text = "\n{\"id\":\"S1\",\"asOf\":\"2024-07-25\"}\n   \n{\"id\":\"S2\",\"asOf\":\"2024-07-25\",\"nope\":1}\n";

        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new StringReader(text)).ToList();

        results.Should().HaveCount(2);
        results[0].Line.Should().Be(2);
        results[1].Error!.Line.Should().Be(4);
        results[1].Error!.Index.Should().Be(1);
        results[1].Error!.Field.Should().Be("nope");
    }

    [Fact]
    public void ReadJsonLines_MalformedLine_ReportsItAndKeepsReading()
    {
        var text = "{\"id\":\"S1\",\"asOf\":\"2024-07-25\"\n{\"id\":\"S2\",\"asOf\":\"2024-07-25\"}";

        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new StringReader(text)).ToList();

        results[0].Error!.Line.Should().Be(1);
        results[1].Value!.Id.Should().Be("S2");
    }

    [Fact]
    public void ReadJsonLines_LineNestedDeeperThan64_IsAFailedItemAndNextLinesAreRead()
    {
        var deep = new string('[', 20_000) + new string(']', 20_000);
        var text = "{\"id\":\"S1\",\"asOf\":\"2024-07-25\"}\n" + deep + "\n"
            + "{\"id\":\"S2\",\"asOf\":\"2024-07-25\",\"products\":[{\"id\":\"P\",\"title\":" + new string('[', 70) + new string(']', 70) + "}]}\n"
            + "{\"id\":\"S3\",\"asOf\":\"2024-07-25\"}";

        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new StringReader(text)).ToList();

        results.Select(r => (r.IsSuccess, r.Index, r.Line)).Should().Equal((true, 0, 1L), (false, 1, 2L), (false, 2, 3L), (true, 3, 4L));
        results[1].Error!.Line.Should().Be(2);
        results[2].Error!.Field.Should().Be("products[0].title");
    }

    [Fact]
    public async Task ReadJsonLinesAsync_Utf8StreamWithCrLf_MatchesSyncReader()
    {
        var bytes = Encoding.UTF8.GetBytes(ThreeLinesSecondBad.Replace("\n", "\r\n"));
        var results = new List<SnapshotReadResult<MerchantSnapshot>>();

        await foreach (var result in SnapshotJson.ReadJsonLinesAsync<MerchantSnapshot>(new MemoryStream(bytes)))
        {
            results.Add(result);
        }

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].Error!.Field.Should().Be("products[2].qualityReturnRate");
        results[1].Error!.Line.Should().Be(2);
    }

    [Fact]
    public void WriteJsonLines_ThenReadJsonLines_RoundTrips()
    {
        var snapshots = new[] { Support.Snapshots.BrandProvider(), Support.Snapshots.BrandProvider() with { Id = "BSP-2" } };
        var writer = new StringWriter();

        SnapshotJson.WriteJsonLines(writer, snapshots);
        var read = SnapshotJson.ReadJsonLines<BrandProviderSnapshot>(new StringReader(writer.ToString())).ToList();

        writer.ToString().Split('\n').Should().HaveCount(3, "one line per snapshot plus the final newline");
        read.Select(r => r.Value).Should().Equal(snapshots);
    }

    [Fact]
    public void ReadJsonLines_IsLazy_ReadsOnlyAChunkBeyondWhatIsEnumerated()
    {
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"{{\"id\":\"S{i}\",\"asOf\":\"2024-07-25\"}}\n"));
        var reader = new StringReader(text);

        var first = SnapshotJson.ReadJsonLines<MerchantSnapshot>(reader).First();

        first.Value!.Id.Should().Be("S0");
        reader.ReadToEnd().Length.Should().BeGreaterThan(text.Length - 8192, "the text is read a chunk (4,096 characters) at a time");
    }
}
