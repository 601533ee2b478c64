using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tests.Json;

public class ReadOnlyStreamTests
{
    private static ReadOnlyStream Stream() => new PrefixedStream("abc"u8.ToArray(), new MemoryStream());

    [Fact]
    public void Capabilities_AnyReadOnlyStream_ReadsOnlyForward()
    {
        using var stream = Stream();

        stream.CanRead.Should().BeTrue();
        stream.CanSeek.Should().BeFalse();
        stream.CanWrite.Should().BeFalse();
    }

    public static TheoryData<string, Action<Stream>> Unsupported => new()
    {
        { "Length", s => _ = s.Length },
        { "Position get", s => _ = s.Position },
        { "Position set", s => s.Position = 0 },
        { "Seek", s => s.Seek(0, SeekOrigin.Begin) },
        { "SetLength", s => s.SetLength(1) },
        { "Write", s => s.Write([1], 0, 1) },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Member_SeekingOrWriting_ThrowsNotSupported(string member, Action<Stream> use)
    {
        using var stream = Stream();

        var act = () => use(stream);

        act.Should().Throw<NotSupportedException>(member);
    }

    [Fact]
    public void Read_ArrayWithOffset_FillsFromTheOffset()
    {
        using var stream = Stream();
        var buffer = new byte[5];

        stream.Read(buffer, 2, 3).Should().Be(3);

        buffer.Should().Equal(0, 0, (byte)'a', (byte)'b', (byte)'c');
    }

    [Fact]
    public void Flush_ReadOnlyStream_DoesNothing()
    {
        using var stream = Stream();

        var act = stream.Flush;

        act.Should().NotThrow();
        stream.ReadByte().Should().Be('a');
    }
}
