using System.Globalization;
using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Tests.Input;

public sealed class CsvSnapshotReaderTests
{
    [Fact]
    public void Read_HeaderOfJsonNames_ReturnsTypedSnapshots()
    {
        var results = Read("id,asOf,storeScore,positiveRate,shopName\nS1,2024-07-25,4.6,0.9,抖音小店\nS2,2024-07-26,4.1,0.8,\n");

        results.Should().HaveCount(2);
        results.Should().OnlyContain(r => r.IsSuccess);
        results[0].Value.Should().BeEquivalentTo(new { Id = "S1", AsOf = new DateOnly(2024, 7, 25), StoreScore = 4.6m, PositiveRate = 0.9m, ShopName = "抖音小店" });
        results[0].Line.Should().Be(2);
        results[0].Index.Should().Be(0);
        results[1].Value!.ShopName.Should().BeNull("an empty cell is unknown");
        results[1].Line.Should().Be(3);
        results[1].Index.Should().Be(1);
    }

    [Fact]
    public void Read_HeaderWithSpaces_TrimsFieldNames()
    {
        var results = Read("id, asOf , storeScore\nS1,2024-07-25,4.6\n");

        results.Single().Value.Should().BeEquivalentTo(new { Id = "S1", AsOf = new DateOnly(2024, 7, 25), StoreScore = 4.6m });
    }

    [Fact]
    public void Read_ListColumnHoldingJson_ReadsTheList()
    {
        var results = Read("id,asOf,penalties\nS1,2024-07-25,\"[{\"\"rule\"\":\"\"R1\"\",\"\"date\"\":\"\"2024-01-02\"\"}]\"\n");

        var penalty = results.Single().Value!.Penalties.Single();
        penalty.Rule.Should().Be("R1");
        penalty.Date.Should().Be(new DateOnly(2024, 1, 2));
    }

    [Theory]
    [InlineData("id,asOf,storeScore\nS1,2024-07-25,high\n")]
    [InlineData("id,asOf,storeScroe\nS1,2024-07-25,4.6\n")]
    [InlineData("id,asOf\nS1,25/07/2024\n")]
    public void Read_InvalidCell_ReturnsFailureAtItsLine(string csv)
    {
        var result = Read(csv).Single();

        result.IsSuccess.Should().BeFalse();
        result.Error!.Line.Should().Be(2);
        result.Error.Index.Should().Be(0);
    }

    [Fact]
    public void Read_RowOverTheLimit_SkipsItAndReadsOn()
    {
        var csv = $"id,asOf,shopName\nS1,2024-07-25,{new string('a', 100)}\nS2,2024-07-25,b\n";

        var results = Read(csv, maxRowBytes: 80);

        results.Should().HaveCount(2);
        results[0].IsSuccess.Should().BeFalse();
        results[0].Error!.Line.Should().Be(2);
        results[0].Error!.GetMessage(CultureInfo.InvariantCulture).Should().Be("The row is longer than the limit of 80 bytes; it was skipped.");
        results[1].Value!.Id.Should().Be("S2");
    }

    [Fact]
    public void Read_NoRowsAfterHeader_ReturnsNothing()
    {
        Read("id,asOf\n").Should().BeEmpty();
    }

    private static List<SnapshotReadResult<MerchantSnapshot>> Read(string csv, int maxRowBytes = 1 << 20)
        => CsvSnapshotReader.Read<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(csv)), maxRowBytes).ToList();
}
