using System.Text;
using Douyin.Eligibility.Json;
using static Douyin.Eligibility.Tests.Support.StreamReading;

namespace Douyin.Eligibility.Tests.Json;

public class TextReaderUtf8StreamTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{\"a\":1}")]
    [InlineData("店铺评分 4.6 ✓")]
    [InlineData("emoji 😀 here")]
    public void Read_Text_IsItsUtf8Encoding(string text)
    {
        using var stream = new TextReaderUtf8Stream(new StringReader(text));

        ReadAll(stream, 3).Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Read_SurrogatePairAcrossTheReadersChunks_IsEncodedWhole()
    {
        // 4095 ASCII characters put the high surrogate last in the first 4096-character chunk.
        var text = new string('a', 4095) + "😀" + "z";
        using var stream = new TextReaderUtf8Stream(new StringReader(text));

        ReadAll(stream, 1000).Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Read_LongText_ComesInSeveralChunks()
    {
        var text = string.Concat(Enumerable.Repeat("商品", 10_000));
        using var stream = new TextReaderUtf8Stream(new StringReader(text));

        ReadAll(stream, 4096).Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public async Task ReadAsync_Text_IsItsUtf8Encoding()
    {
        const string text = "异步 async ✓";
        await using var stream = new TextReaderUtf8Stream(new StringReader(text));
        using var copy = new MemoryStream();

        await stream.CopyToAsync(copy);

        copy.ToArray().Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Read_NoByteOrderMark_IsWritten()
    {
        using var stream = new TextReaderUtf8Stream(new StringReader("x"));

        ReadAll(stream, 16).Should().Equal((byte)'x');
    }

    [Fact]
    public void Dispose_Reader_IsLeftOpen()
    {
        var reader = new StringReader("still here");

        new TextReaderUtf8Stream(reader).Dispose();

        reader.ReadToEnd().Should().Be("still here");
    }
}
