using System.Text;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Tests.Input;

public sealed class ReplayStreamTests
{
    [Theory]
    [InlineData("abc", 3, "defgh", 1)]
    [InlineData("abc", 3, "defgh", 2)]
    [InlineData("abc", 3, "defgh", 64)]
    [InlineData("abcXYZ", 3, "defgh", 4)]
    [InlineData("", 0, "defgh", 3)]
    [InlineData("abc", 3, "", 2)]
    public void Read_AnyBufferSize_ReturnsPrefixThenInner(string prefix, int prefixLength, string rest, int bufferSize)
    {
        using var stream = new ReplayStream(Encoding.ASCII.GetBytes(prefix), prefixLength, new MemoryStream(Encoding.ASCII.GetBytes(rest)));

        ReadAll(stream, bufferSize).Should().Be(prefix[..prefixLength] + rest);
    }

    [Fact]
    public void Read_BufferLargerThanPrefix_StopsAtPrefixEnd()
    {
        using var stream = new ReplayStream("abc"u8.ToArray(), 3, new MemoryStream("def"u8.ToArray()));
        var buffer = new byte[10];

        stream.Read(buffer, 0, buffer.Length).Should().Be(3, "the prefix and the inner stream are not joined in one read");
        Encoding.ASCII.GetString(buffer, 0, 3).Should().Be("abc");
    }

    [Fact]
    public void Dispose_Called_DisposesInnerStream()
    {
        var inner = new MemoryStream("def"u8.ToArray());
        var stream = new ReplayStream([], 0, inner);

        stream.Dispose();

        inner.CanRead.Should().BeFalse();
    }

    [Fact]
    public void Seek_AnyOffset_ThrowsNotSupported()
    {
        using var stream = new ReplayStream([], 0, new MemoryStream());

        stream.CanSeek.Should().BeFalse();
        stream.CanWrite.Should().BeFalse();
        stream.Invoking(s => s.Seek(0, SeekOrigin.Begin)).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Length).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Write([1], 0, 1)).Should().Throw<NotSupportedException>();
    }

    private static string ReadAll(Stream stream, int bufferSize)
    {
        var output = new MemoryStream();
        var buffer = new byte[bufferSize];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
        }

        return Encoding.ASCII.GetString(output.ToArray());
    }
}
