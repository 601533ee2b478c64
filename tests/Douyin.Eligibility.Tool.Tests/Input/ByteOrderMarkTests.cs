using System.Text;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Tests.Input;

public sealed class ByteOrderMarkTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00 }, "utf-32", 4)]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x7B }, "utf-32BE", 4)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 }, "utf-16", 2)]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16", 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x7B }, "utf-16BE", 2)]
    public void Detect_WideMark_ReturnsEncodingAndLength(byte[] start, string webName, int length)
    {
        var (encoding, markLength) = ByteOrderMark.Detect(start);

        encoding.Should().NotBeNull();
        encoding!.WebName.Should().Be(webName);
        encoding.GetPreamble().Should().BeEmpty("the mark is skipped by its length, not written back");
        markLength.Should().Be(length);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x7B }, 3)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, 3)]
    [InlineData(new byte[] { 0xEF, 0xBB }, 0)]
    [InlineData(new byte[] { 0x7B, 0x22 }, 0)]
    [InlineData(new byte[] { 0xFF }, 0)]
    [InlineData(new byte[0], 0)]
    public void Detect_Utf8OrNoMark_ReturnsNullEncoding(byte[] start, int length)
    {
        var (encoding, markLength) = ByteOrderMark.Detect(start);

        encoding.Should().BeNull();
        markLength.Should().Be(length);
    }

    [Fact]
    public void Detect_Utf16LittleEndianMarkedText_DecodesTheRest()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("{\"店\":1}")).ToArray();

        var (encoding, length) = ByteOrderMark.Detect(bytes);

        encoding!.GetString(bytes, length, bytes.Length - length).Should().Be("{\"店\":1}");
    }
}
