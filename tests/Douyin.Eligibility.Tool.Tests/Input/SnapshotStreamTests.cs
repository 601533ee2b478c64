using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Tests.Input;

public sealed class SnapshotStreamTests
{
    [Theory]
    [InlineData("{\"id\":\"S1\",\"asOf\":\"2024-07-25\",\"storeScore\":4.6}\n{\"id\":\"S2\",\"asOf\":\"2024-07-25\",\"storeScore\":4.1}\n", "S1,S2")]
    [InlineData("[{\"id\":\"S1\",\"asOf\":\"2024-07-25\",\"storeScore\":4.6},\n {\"id\":\"S2\",\"asOf\":\"2024-07-25\",\"storeScore\":4.1}]", "S1,S2")]
    [InlineData("{\n  \"id\": \"S1\",\n  \"asOf\": \"2024-07-25\",\n  \"storeScore\": 4.6\n}\n", "S1")]
    [InlineData("id,asOf,storeScore\nS1,2024-07-25,4.6\nS2,2024-07-25,4.1\n", "S1,S2")]
    public void Read_AnyFormat_ReturnsItsSnapshots(string text, string ids)
    {
        using var source = InputSource.Open("-", new ToolContext(TextWriter.Null, TextWriter.Null, new StringReader(text)));

        var results = SnapshotStream.Read<MerchantSnapshot>(source).ToList();

        results.Should().OnlyContain(r => r.IsSuccess);
        string.Join(",", results.Select(r => r.Value!.Id)).Should().Be(ids);
        results[0].Value!.StoreScore.Should().Be(4.6m);
    }

    [Fact]
    public void Read_JsonObjectWithInvalidField_ReturnsOneFailure()
    {
        using var source = InputSource.Open("-", new ToolContext(TextWriter.Null, TextWriter.Null, new StringReader("{\n  \"id\": \"S1\",\n  \"storeScroe\": 4.6\n}\n")));

        var results = SnapshotStream.Read<MerchantSnapshot>(source).ToList();

        results.Should().ContainSingle().Which.IsSuccess.Should().BeFalse();
    }
}
