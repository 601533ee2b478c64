using System.Text;
using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tests.Json;

public class JsonLineSplitterTests
{
    public static TheoryData<int> ChunkSizes => new() { 1, 7, 4096 };

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Next_LineBreaks_EndLinesAsReadLineDoes(int chunkSize)
    {
        var lines = Split("a\nbb\r\nccc\rdddd\r\r\n\nlast", 100, chunkSize);

        lines.Should().Equal("1:a", "2:bb", "3:ccc", "4:dddd", "5:", "6:", "7:last");
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Next_LineLongerThanTheLimit_IsReportedOnceWithItsNumberAndTheNextLinesRead(int chunkSize)
    {
        var lines = Split($"ok\n{new string('x', 1000)}\r\n{new string('y', 101)}\n{new string('z', 100)}\n", 100, chunkSize);

        lines.Should().Equal("1:ok", "2:too long", "3:too long", $"4:{new string('z', 100)}");
    }

    [Fact]
    public void Next_LineTenThousandTimesTheLimit_NeverGrowsTheBufferPastTheLimit()
    {
        const int limit = 1000;
        var splitter = new JsonLineSplitter(limit);
        var data = Encoding.UTF8.GetBytes(new string('x', limit * 10_000) + "\nnext\n");
        var maxCapacity = 0;

        var lines = Split(splitter, data, 64 * 1024, () => maxCapacity = Math.Max(maxCapacity, splitter.BufferCapacity));

        lines.Should().Equal("1:too long", "2:next");
        maxCapacity.Should().BeLessThanOrEqualTo(limit + 1);
    }

    [Fact]
    public void Next_ByteOrderMark_IsSkipped()
        => Split("\uFEFF{}\n", 100, 1).Should().Equal("1:{}");

    private static List<string> Split(string text, int limit, int chunkSize)
        => Split(new JsonLineSplitter(limit), Encoding.UTF8.GetBytes(text), chunkSize, () => { });

    private static List<string> Split(JsonLineSplitter splitter, byte[] data, int chunkSize, Action onRead)
    {
        var lines = new List<string>();
        var position = 0;
        while (true)
        {
            switch (splitter.Next(out var line, out var number))
            {
                case JsonLineSplitter.Step.NeedMoreData:
                    var space = splitter.GetFreeSpace().Span;
                    var n = Math.Min(Math.Min(chunkSize, space.Length), data.Length - position);
                    data.AsSpan(position, n).CopyTo(space);
                    position += n;
                    splitter.Advance(n);
                    onRead();
                    break;
                case JsonLineSplitter.Step.Line:
                    lines.Add($"{number}:{Encoding.UTF8.GetString(line.Span)}");
                    break;
                case JsonLineSplitter.Step.TooLong:
                    lines.Add($"{number}:too long");
                    break;
                default:
                    return lines;
            }
        }
    }
}
