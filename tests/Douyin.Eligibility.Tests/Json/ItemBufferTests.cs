using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tests.Json;

public class ItemBufferTests
{
    private static void Fill(ItemBuffer buffer, byte[] bytes)
    {
        var space = buffer.GetFreeSpace();
        bytes.CopyTo(space);
        buffer.Advance(bytes.Length);
    }

    [Theory]
    [InlineData(10, 64)]
    [InlineData(100, 101)]
    [InlineData(1_000_000, 16 * 1024)]
    public void Constructor_MaxItemBytes_StartsAtTheLimitPlusOneWithinBounds(int maxItemBytes, int expectedCapacity)
        => new ItemBuffer(maxItemBytes).Capacity.Should().Be(expectedCapacity);

    [Fact]
    public void Advance_BytesWritten_AreUnscannedUntilConsumed()
    {
        var buffer = new ItemBuffer(100);

        Fill(buffer, "abc"u8.ToArray());

        buffer.End.Should().Be(3);
        buffer.Unscanned.ToArray().Should().Equal("abc"u8.ToArray());
        buffer[1].Should().Be((byte)'b');
        buffer.IsFinal.Should().BeFalse();
    }

    [Fact]
    public void Advance_Zero_MarksTheEndOfInput()
    {
        var buffer = new ItemBuffer(100);

        buffer.Advance(0);

        buffer.IsFinal.Should().BeTrue();
    }

    [Fact]
    public void GetFreeSpace_AfterConsumeTo_DropsTheDoneBytesAndKeepsTheRest()
    {
        var buffer = new ItemBuffer(100);
        Fill(buffer, "done|kept"u8.ToArray());
        buffer.ConsumeTo(5);
        buffer.Scan = 7;

        buffer.GetFreeSpace();

        buffer.Start.Should().Be(0);
        buffer.Scan.Should().Be(2);
        buffer.End.Should().Be(4);
        buffer.Slice(0, 4).ToArray().Should().Equal("kept"u8.ToArray());
    }

    [Fact]
    public void GetFreeSpace_FullOfOneItem_DoublesUpToTheLimitPlusOne()
    {
        var buffer = new ItemBuffer(100);
        Fill(buffer, new byte[101]);
        buffer.IsFull.Should().BeTrue();

        buffer.GetFreeSpace().Length.Should().Be(0, "the buffer never grows past the limit plus one byte");
        buffer.Capacity.Should().Be(101);
    }

    [Fact]
    public void GetFreeSpace_FullBelowTheLimit_Grows()
    {
        var buffer = new ItemBuffer(1_000_000);
        var initial = buffer.Capacity;
        Fill(buffer, new byte[initial]);

        var space = buffer.GetFreeSpace();

        buffer.Capacity.Should().Be(initial * 2);
        space.Length.Should().Be(initial);
        buffer.End.Should().Be(initial, "nothing read is lost by growing");
    }

    [Fact]
    public void SkipByteOrderMark_Mark_IsConsumed()
    {
        var buffer = new ItemBuffer(100);
        Fill(buffer, [0xEF, 0xBB, 0xBF, (byte)'{']);

        buffer.SkipByteOrderMark().Should().BeTrue();

        buffer.Start.Should().Be(3);
        buffer.Unscanned.ToArray().Should().Equal((byte)'{');
    }

    [Fact]
    public void SkipByteOrderMark_PartOfAMarkNotFinal_WaitsForMoreBytes()
    {
        var buffer = new ItemBuffer(100);
        Fill(buffer, [0xEF, 0xBB]);

        buffer.SkipByteOrderMark().Should().BeFalse();

        buffer.Start.Should().Be(0);
    }

    [Fact]
    public void SkipByteOrderMark_PartOfAMarkAtTheEnd_KeepsTheBytes()
    {
        var buffer = new ItemBuffer(100);
        Fill(buffer, [0xEF, 0xBB]);
        buffer.Advance(0);

        buffer.SkipByteOrderMark().Should().BeTrue();

        buffer.Unscanned.Length.Should().Be(2);
    }

    [Fact]
    public void SkipByteOrderMark_NoMark_LeavesTheInput()
    {
        var buffer = new ItemBuffer(100);
        Fill(buffer, "{}"u8.ToArray());

        buffer.SkipByteOrderMark().Should().BeTrue();

        buffer.Scan.Should().Be(0);
    }
}
