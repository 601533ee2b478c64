using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Snapshots;

/// <summary>Stream input is UTF-8; UTF-16 and UTF-32 that start with their byte-order mark are transcoded.</summary>
public class SnapshotJsonEncodingTests
{
    public static TheoryData<string> Encodings => new() { "utf-8", "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadJsonArray_StreamWithByteOrderMark_IsReadLikeUtf8(string name)
    {
        var results = SnapshotJson.ReadJsonArray<MerchantSnapshot>(Encode(name, """[{"id":"店铺-1","asOf":"2024-07-25"},{"id":"S2","asOf":"2024-07-25"}]""")).ToList();

        results.Select(r => r.Value?.Id).Should().Equal("店铺-1", "S2");
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadJsonLines_StreamWithByteOrderMark_IsReadLikeUtf8(string name)
    {
        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(Encode(name, "{\"id\":\"店铺-1\",\"asOf\":\"2024-07-25\"}\r\n{\"id\":\"S2\",\"asOf\":\"2024-07-25\"}\r\n")).ToList();

        results.Select(r => (r.Value?.Id, r.Line)).Should().Equal(("店铺-1", 1L), ("S2", 2L));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_StreamWithByteOrderMark_IsReadLikeUtf8(string name)
    {
        var result = SnapshotJson.Read<MerchantSnapshot>(Encode(name, "{\"id\":\"店铺-1\",\"asOf\":\"2024-07-25\"}"));

        result.Value!.Id.Should().Be("店铺-1");
    }

    [Fact]
    public void ReadJsonLines_InvalidUtf8InALine_IsAFailedItemAndTheNextLinesAreRead()
    {
        byte[] bytes = [.. "{\"id\":\"S"u8, 0xC3, 0x28, .. "\",\"asOf\":\"2024-07-25\"}\n{\"id\":\"S2\",\"asOf\":\"2024-07-25\"}\n"u8];

        var results = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new MemoryStream(bytes)).ToList();

        results.Select(r => r.Value?.Id).Should().Equal(null, "S2");
        results[0].Error!.Line.Should().Be(1);
    }

    private static ChunkedStream Encode(string name, string text)
    {
        var encoding = Encoding.GetEncoding(name);
        return new ChunkedStream([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], 3);
    }
}
