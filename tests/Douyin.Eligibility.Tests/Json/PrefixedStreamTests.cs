using Douyin.Eligibility.Json;
using static Douyin.Eligibility.Tests.Support.StreamReading;

namespace Douyin.Eligibility.Tests.Json;

public class PrefixedStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(64)]
    public void Read_AnyBufferSize_ReturnsThePrefixThenTheInnerStream(int bufferSize)
    {
        using var stream = new PrefixedStream("ab"u8.ToArray(), new MemoryStream("cde"u8.ToArray()));

        ReadAll(stream, bufferSize).Should().Equal("abcde"u8.ToArray());
    }

    [Fact]
    public void Read_BufferSmallerThanThePrefix_NeverMixesPrefixAndInnerInOneRead()
    {
        using var stream = new PrefixedStream("abc"u8.ToArray(), new MemoryStream("d"u8.ToArray()));
        var buffer = new byte[2];

        stream.Read(buffer).Should().Be(2);
        stream.Read(buffer).Should().Be(1, "the rest of the prefix comes alone");
        buffer[0].Should().Be((byte)'c');
        stream.Read(buffer).Should().Be(1);
        buffer[0].Should().Be((byte)'d');
        stream.Read(buffer).Should().Be(0);
    }

    [Fact]
    public async Task ReadAsync_EmptyPrefix_ReadsTheInnerStream()
    {
        await using var stream = new PrefixedStream(ReadOnlyMemory<byte>.Empty, new MemoryStream("xyz"u8.ToArray()));
        using var copy = new MemoryStream();

        await stream.CopyToAsync(copy);

        copy.ToArray().Should().Equal("xyz"u8.ToArray());
    }

    [Fact]
    public async Task ReadAsync_ArrayOverload_ReadsThePrefixFirst()
    {
        await using var stream = new PrefixedStream("p"u8.ToArray(), new MemoryStream("q"u8.ToArray()));
        var buffer = new byte[4];

        (await stream.ReadAsync(buffer, 0, 4, CancellationToken.None)).Should().Be(1);
        buffer[0].Should().Be((byte)'p');
        (await stream.ReadAsync(buffer, 1, 3, CancellationToken.None)).Should().Be(1);
        buffer[1].Should().Be((byte)'q');
    }

    [Fact]
    public void Dispose_InnerStream_IsLeftOpen()
    {
        var inner = new MemoryStream([1]);

        new PrefixedStream(ReadOnlyMemory<byte>.Empty, inner).Dispose();

        inner.CanRead.Should().BeTrue();
    }
}
