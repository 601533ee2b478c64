using System.Text;
using Douyin.Eligibility.Json;

namespace Douyin.Eligibility.Tests.Json;

public class JsonArraySplitterTests
{
    public static TheoryData<int> ChunkSizes => new() { 1, 7, 4096 };

    public static TheoryData<string> LongElements => new()
    {
        "\"" + new string('x', 500) + "\"",
        "\"" + string.Concat(Enumerable.Repeat("\\\"[{", 200)) + "\"",
        new string('1', 500),
        "{\"id\":\"" + new string('x', 500) + "\"}",
        "{\"" + new string('k', 500) + "\":1}",
        new string('[', 300) + new string(']', 300),
        "[" + string.Join(",", Enumerable.Repeat("{\"a\":[1,2,\"]}\"]}", 50)) + "]",
        "{\"a\":\n" + string.Concat(Enumerable.Repeat("[\n", 100)) + string.Concat(Enumerable.Repeat("]\n", 100)) + "}",
    };

    [Theory]
    [MemberData(nameof(LongElements))]
    public void Next_ElementLongerThanTheLimit_IsReportedAndSkippedWhateverItHolds(string element)
    {
        foreach (var chunkSize in new[] { 1, 7, 4096 })
        {
            var steps = Split($"[\n1,\n{element}, \"after\" ,\n{{}}]", 200, chunkSize);

            var lineOfAfter = 3 + element.Count(c => c == '\n');
            steps.Should().Equal(["2:1", "3:too long", $"{lineOfAfter}:\"after\"", $"{lineOfAfter + 1}:{{}}", "end"], $"chunks of {chunkSize}");
        }
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Next_ElementOfExactlyTheLimit_IsAnElement(int chunkSize)
    {
        var element = "{\"id\":\"" + new string('x', 192) + "\"}";
        var longer = element.Replace("x\"", "xx\"", StringComparison.Ordinal);
        var number = new string('9', element.Length);

        var steps = Split($"[{element},{longer},{number},{number}9]", element.Length, chunkSize);

        steps.Should().Equal($"1:{element}", "1:too long", $"1:{number}", "1:too long", "end");
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Next_ElementNestedFarPast64_IsAnElement(int chunkSize)
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var steps = Split($"[{deep},2]", 1 << 20, chunkSize);

        steps.Should().Equal($"1:{deep}", "1:2", "end");
    }

    [Fact]
    public void Next_ElementTenThousandTimesTheLimit_NeverGrowsTheBufferPastTheLimit()
    {
        const int limit = 1000;
        var splitter = new JsonArraySplitter(limit);
        var data = Encoding.UTF8.GetBytes("[{\"shopName\":\"" + new string('x', limit * 10_000) + "\"},{}]");
        var maxCapacity = 0;

        var steps = Split(splitter, data, 64 * 1024, () => maxCapacity = Math.Max(maxCapacity, splitter.BufferCapacity));

        steps.Should().Equal("1:too long", "1:{}", "end");
        maxCapacity.Should().BeLessThanOrEqualTo(limit + 1);
    }

    [Fact]
    public void Next_SkippedElementNotClosed_EndsWithAFailure()
    {
        var steps = Split("[\"" + new string('x', 500), 200, 7);

        steps.Should().Equal("1:too long", "failure 1: Unexpected end of input; the array is not closed with ']'.");
    }

    private static List<string> Split(string json, int limit, int chunkSize)
        => Split(new JsonArraySplitter(limit), Encoding.UTF8.GetBytes(json), chunkSize, () => { });

    private static List<string> Split(JsonArraySplitter splitter, byte[] data, int chunkSize, Action onRead)
    {
        var steps = new List<string>();
        var position = 0;
        while (true)
        {
            switch (splitter.Next(out var item, out var line, out var failure))
            {
                case JsonArraySplitter.Step.NeedMoreData:
                    var space = splitter.GetFreeSpace().Span;
                    var n = Math.Min(Math.Min(chunkSize, space.Length), data.Length - position);
                    data.AsSpan(position, n).CopyTo(space);
                    position += n;
                    splitter.Advance(n);
                    onRead();
                    break;
                case JsonArraySplitter.Step.Item:
                    steps.Add($"{line}:{Encoding.UTF8.GetString(item.Span)}");
                    break;
                case JsonArraySplitter.Step.TooLong:
                    steps.Add($"{line}:too long");
                    break;
                case JsonArraySplitter.Step.Failure:
                    steps.Add($"failure {failure!.Line}: {failure.Message}");
                    return steps;
                default:
                    steps.Add("end");
                    return steps;
            }
        }
    }
}
