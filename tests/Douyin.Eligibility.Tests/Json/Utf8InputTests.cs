using System.Text;
using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tests.Json;

public class Utf8InputTests
{
    private const string Text = "{\"name\":\"店铺 ✓\"}";

    public static TheoryData<string, byte[]> Encoded => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Text) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)] },
        { "UTF-16 LE", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)] },
        { "UTF-16 BE", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)] },
        { "UTF-32 LE", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Text)] },
        { "UTF-32 BE", [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, false).GetBytes(Text)] },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Open_EachEncoding_ReadsAsUtf8WithoutTheMark(string encoding, byte[] bytes)
    {
        using var stream = Utf8Input.Open(new MemoryStream(bytes));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().Should().Equal(Encoding.UTF8.GetBytes(Text), encoding);
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public async Task OpenAsync_EachEncoding_ReadsAsUtf8WithoutTheMark(string encoding, byte[] bytes)
    {
        await using var stream = await Utf8Input.OpenAsync(new Support.ChunkedStream(bytes, 1), CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        copy.ToArray().Should().Equal(Encoding.UTF8.GetBytes(Text), encoding);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, 12000, 4)]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, 12001, 4)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, 1200, 2)]
    [InlineData(new byte[] { 0xFE, 0xFF }, 1201, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, 65001, 3)]
    [InlineData(new byte[] { 0x7B, 0x7D }, 65001, 0)]
    [InlineData(new byte[] { }, 65001, 0)]
    public void Detect_Start_NamesTheEncodingAndTheMarkLength(byte[] start, int codePage, int markLength)
    {
        var (encoding, mark) = Utf8Input.Detect(start);

        encoding.CodePage.Should().Be(codePage);
        mark.Should().Be(markLength);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x7B })]
    [InlineData(new byte[] { 0xEF, 0xBB })]
    public void Open_ShorterThanAnyMark_ReturnsTheBytesAsTheyAre(byte[] bytes)
    {
        using var stream = Utf8Input.Open(new MemoryStream(bytes));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Open_Stream_IsLeftOpen()
    {
        var inner = new MemoryStream("{}"u8.ToArray());

        Utf8Input.Open(inner).Dispose();

        inner.CanRead.Should().BeTrue();
    }
}
