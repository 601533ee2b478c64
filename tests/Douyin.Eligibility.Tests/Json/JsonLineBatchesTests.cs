using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Json;

/// <summary><see cref="SnapshotJson.ReadJsonLineBatches"/>: the lines of <see cref="SnapshotJson.ReadJsonLines{T}(Stream, SnapshotReadOptions?)"/>, unparsed, in batches.</summary>
public sealed class JsonLineBatchesTests
{
    private const string Mixed = "\uFEFF{\"id\":\"A\",\"asOf\":\"2024-07-25\"}\r\n\r\n \t\n{oops\r{\"id\":\"" + "LONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONG"
        + "\",\"asOf\":\"2024-07-25\"}\n{\"id\":\"B\",\"asOf\":\"2024-07-25\",\"storeScore\":1,\"storeScore\":2}\n{\"id\":\"C\",\"asOf\":\"2024-07-25\"}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(256)]
    public void ReadJsonLineBatches_AnyBatchSize_ParsesToTheResultsOfReadJsonLines(int linesPerBatch)
    {
        var options = new SnapshotReadOptions { MaxItemBytes = 60 };
        var expected = SnapshotJson.ReadJsonLines<MerchantSnapshot>(Stream(Mixed), options).Select(Describe).ToList();

        var batches = SnapshotJson.ReadJsonLineBatches(Stream(Mixed), options, linesPerBatch).ToList();
        var actual = batches.SelectMany(b => Enumerable.Range(0, b.Count).Select(i => Describe(b.Parse<MerchantSnapshot>(i)))).ToList();

        actual.Should().Equal(expected);
        expected.Should().HaveCount(5);
        batches.Should().OnlyContain(b => b.Count <= linesPerBatch);
        batches.ForEach(b => b.Dispose());
    }

    [Fact]
    public void ReadJsonLineBatches_ChunkedInput_CutsTheSameLines()
    {
        var text = string.Join("\n", Enumerable.Range(1, 500).Select(i => $$"""{"id":"S{{i}}","asOf":"2024-07-25"}"""));

        var ids = SnapshotJson.ReadJsonLineBatches(new ChunkedStream(Encoding.UTF8.GetBytes(text), 7), linesPerBatch: 64)
            .SelectMany(b => Enumerable.Range(0, b.Count).Select(i => (b.LineOf(i), b.Parse<MerchantSnapshot>(i).Value!.Id)))
            .ToList();

        ids.Should().Equal(Enumerable.Range(1, 500).Select(i => ((long)i, $"S{i}")));
    }

    [Fact]
    public void Parse_AfterDispose_Throws()
    {
        var batch = SnapshotJson.ReadJsonLineBatches(Stream("""{"id":"A","asOf":"2024-07-25"}""")).Single();

        batch.Dispose();

        var parse = () => batch.Parse<MerchantSnapshot>(0);
        parse.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Parse_IndexOutOfRange_Throws()
    {
        using var batch = SnapshotJson.ReadJsonLineBatches(Stream("""{"id":"A","asOf":"2024-07-25"}""")).Single();

        var parse = () => batch.Parse<MerchantSnapshot>(1);
        parse.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Describe(SnapshotReadResult<MerchantSnapshot> r)
        => r.IsSuccess ? $"{r.Line}/{r.Index}: {SnapshotJson.Serialize(r.Value)}" : $"{r.Line}/{r.Index}: {r.Error}";
}
