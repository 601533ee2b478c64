using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Json;

public class ItemResultsTests
{
    private static ItemResults<MerchantSnapshot> Results()
        => new(42, SnapshotJsonContext.Default.MerchantSnapshot, (line, index, max) => new SnapshotReadError(line, index, "", $"too long: {max}"));

    [Fact]
    public void Parsed_AndTooLong_ShareOneRunningIndex()
    {
        var results = Results();

        var first = results.Parsed("{\"id\":\"A\",\"asOf\":\"2024-07-25\"}"u8, 1);
        var second = results.TooLong(2);
        var third = results.Parsed("{\"id\":\"C\",\"asOf\":\"2024-07-25\"}"u8, 7);

        first.Index.Should().Be(0);
        second.Error!.Index.Should().Be(1);
        third.Index.Should().Be(2);
        third.Line.Should().Be(7);
    }

    [Fact]
    public void TooLong_Line_BuildsTheErrorFromLineIndexAndLimit()
    {
        var result = Results().TooLong(9);

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().Be(new SnapshotReadError(9, 0, "", "too long: 42"));
    }

    [Fact]
    public void Parsed_BadJson_IsAFailureAtThatLine()
    {
        var result = Results().Parsed("{\"id\":"u8, 3);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Line.Should().Be(3);
    }
}
