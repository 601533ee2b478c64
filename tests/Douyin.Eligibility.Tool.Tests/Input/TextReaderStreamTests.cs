using System.Text;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Tests.Input;

public sealed class TextReaderStreamTests
{
    [Theory]
    [InlineData("", 16)]
    [InlineData("id,asOf\nS1,2024-07-25\n", 1)]
    [InlineData("{\"shopName\":\"抖音小店\"}", 1)]
    [InlineData("{\"shopName\":\"抖音小店\"}", 5)]
    [InlineData("emoji 😀 and 店", 3)]
    public void Read_AnyBufferSize_ReturnsUtf8WithoutMark(string text, int bufferSize)
    {
        using var stream = new TextReaderStream(new StringReader(text));

        ReadAll(stream, bufferSize).Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Read_TextLongerThanOneChunk_ReturnsAllOfIt()
    {
        var text = string.Concat(Enumerable.Repeat("店a", 5000));
        using var stream = new TextReaderStream(new StringReader(text));

        Encoding.UTF8.GetString(ReadAll(stream, 1000)).Should().Be(text);
    }

    [Fact]
    public void Read_SurrogatePairSplitAcrossChunks_EncodesThePair()
    {
        var text = new string('a', 4095) + "😀" + "b";
        using var stream = new TextReaderStream(new ChunkedReader(text, 4096));

        ReadAll(stream, 64).Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Read_LoneHighSurrogateChunk_DoesNotEndTheStream()
    {
        var text = "\uD83D\uDE00z";
        using var stream = new TextReaderStream(new ChunkedReader(text, 1));

        ReadAll(stream, 8).Should().Equal(Encoding.UTF8.GetBytes(text));
    }

    private static byte[] ReadAll(Stream stream, int bufferSize)
    {
        var output = new MemoryStream();
        var buffer = new byte[bufferSize];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
        }

        return output.ToArray();
    }

    /// <summary>A reader that hands out at most <paramref name="chunk"/> characters a read.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
