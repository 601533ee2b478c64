using System.Globalization;
using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Json;

public class SnapshotReadErrorTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void GetMessage_ReadersOwnError_ReadsEachLanguage()
    {
        var json = $$"""{"id":"S1","asOf":"2024-07-25","shopName":"{{new string('a', 300)}}"}""";

        var error = SnapshotJson.Read<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(json)), new SnapshotReadOptions { MaxItemBytes = 200 }).Error!;

        error.GetMessage(English).Should().Be("The document is longer than the limit of 200 bytes.");
        error.GetMessage(Chinese).Should().Be("该文档长度超过 200 字节的上限。");
    }

    [Fact]
    public void GetMessage_UnknownProperty_IsInTheReadersLanguage()
    {
        var error = SnapshotJson.Read<MerchantSnapshot>("""{"id":"S1","asOf":"2024-07-25","storeScroe":4.6}""").Error!;

        error.GetMessage(English).Should().StartWith("Unknown property 'storeScroe' in MerchantSnapshot");
        error.GetMessage(Chinese).Should().Be("MerchantSnapshot 中没有属性“storeScroe”，请对照 docs/snapshots.md 检查拼写。");
    }

    [Fact]
    public void Equals_SamePositionAndText_IsEqualWhateverTheTextsOrigin()
    {
        var json = $$"""{"id":"S1","asOf":"2024-07-25","shopName":"{{new string('a', 300)}}"}""";
        var read = SnapshotJson.Read<MerchantSnapshot>(new MemoryStream(Encoding.UTF8.GetBytes(json)), new SnapshotReadOptions { MaxItemBytes = 200 }).Error!;

        read.Should().Be(new SnapshotReadError(1, 0, "", "The document is longer than the limit of 200 bytes."));
        read.Should().NotBe(new SnapshotReadError(2, 0, "", "The document is longer than the limit of 200 bytes."));
        read.ToString().Should().Be("line 1: " + read.Message);
    }
}
