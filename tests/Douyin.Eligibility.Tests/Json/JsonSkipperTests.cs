using System.Text;
using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tests.Json;

public class JsonSkipperTests
{
    private static int? ScanFromStart(string json, int depth = 0, bool started = false)
    {
        var skipper = new JsonSkipper();
        skipper.Start(depth, started);
        return skipper.Scan(Encoding.UTF8.GetBytes(json));
    }

    [Theory]
    [InlineData("{\"a\":1},{\"b\":2}", 7)]
    [InlineData("[1,[2,3]] ,", 9)]
    [InlineData("\"text\",", 6)]
    [InlineData("\"a \\\" } ] quote\"]", 16)]
    [InlineData("{\"s\":\"}]\"}", 10)]
    [InlineData("12345,", 5)]
    [InlineData("true]", 4)]
    [InlineData("  42 ,", 4)]
    public void Scan_WholeValue_EndsJustPastIt(string json, int expectedEnd)
        => ScanFromStart(json).Should().Be(expectedEnd);

    [Theory]
    [InlineData("{\"a\":[1,2")]
    [InlineData("\"unterminated")]
    [InlineData("1234")]
    [InlineData("   ")]
    public void Scan_ValueGoesOn_ReturnsNull(string json)
        => ScanFromStart(json).Should().BeNull();

    [Fact]
    public void Scan_InsideAnOpenObject_EndsAtItsClosingBracket()
        => ScanFromStart("\"x\":[1]}, next", depth: 1).Should().Be(8);

    [Fact]
    public void Scan_ScalarAlreadyStarted_EndsAtTheNextDelimiter()
        => ScanFromStart(" rest", started: true).Should().Be(0);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Scan_ValueSplitAcrossChunks_FindsTheSameEnd(int chunkSize)
    {
        var json = Encoding.UTF8.GetBytes("{\"a\":\"x\\\\\",\"b\":[{},[\"]\"]]} ,1");
        var skipper = new JsonSkipper();
        skipper.Start(0, started: false);

        int? end = null;
        var offset = 0;
        while (end is null && offset < json.Length)
        {
            var length = Math.Min(chunkSize, json.Length - offset);
            end = skipper.Scan(json.AsSpan(offset, length)) is { } local ? offset + local : null;
            offset += length;
        }

        end.Should().Be(26);
    }

    [Fact]
    public void Start_AfterAnEarlierValue_ForgetsItsState()
    {
        var skipper = new JsonSkipper();
        skipper.Start(0, started: false);
        skipper.Scan("{\"open"u8).Should().BeNull();

        skipper.Start(0, started: false);

        skipper.Scan("[1] "u8).Should().Be(3);
    }
}
