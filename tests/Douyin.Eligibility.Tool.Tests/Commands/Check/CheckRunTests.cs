using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Tool.Commands.Check;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check;

/// <summary>
/// <c>check</c> on several workers: rows and stderr reports come out in input order, the same bytes as a run one line at
/// a time (one worker, one item per batch), whatever the batch size.
/// </summary>
public sealed partial class CheckRunTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("table")]
    public void Execute_ManyLinesWithInvalidOnesInterleaved_MatchesALineAtATimeRun(string format)
    {
        var input = _dir.Write("many.jsonl", ManyLines(1500));

        var sequential = Run(input, format, workers: 1, batchItems: 1);
        var parallel = Run(input, format, workers: 4, batchItems: 7);
        var big = Run(input, format, workers: 3, batchItems: 500);

        sequential.ExitCode.Should().Be(2, sequential.Error);
        parallel.Should().Be(sequential);
        big.Should().Be(sequential);
    }

    [Fact]
    public void Execute_ManyLinesOnSeveralWorkers_WritesRowsAndReportsInInputOrder()
    {
        var input = _dir.Write("many.jsonl", ManyLines(1500));

        var run = Run(input, "jsonl", workers: 4, batchItems: 5);

        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => long.Parse(RowLine().Match(r).Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var reported = run.Error.Split('\n').Select(l => ReportLine().Match(l)).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        rows.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        reported.Should().BeInAscendingOrder().And.HaveCount((1500 / 37) + (1500 / 101));
        rows.Concat(reported).Should().BeEquivalentTo(Enumerable.Range(1, 1500).Select(i => (long)i));
    }

    [Fact]
    public void Execute_LinesOverTheLimitOnSeveralWorkers_AreReportedInOrderAndTheRestEvaluated()
    {
        var lines = Enumerable.Range(1, 300).Select(i => i % 10 == 0
            ? $$"""{"id":"L{{i}}","asOf":"2024-07-25","shopName":"{{new string('x', 400)}}"}"""
            : $$"""{"id":"S{{i}}","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}""");
        var input = _dir.Write("long.jsonl", string.Join("\n", lines) + "\n");

        var run = Run(input, "csv", workers: 3, batchItems: 4, maxLineBytes: 200);

        run.ExitCode.Should().Be(2);
        run.Error.Split('\n').Where(l => l.Contains("longer than the limit", StringComparison.Ordinal)).Select(l => ReportLine().Match(l).Groups[1].Value)
            .Should().Equal(Enumerable.Range(1, 30).Select(i => (i * 10).ToString(CultureInfo.InvariantCulture)));
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + 270);
        run.Error.Should().Contain("Summary: 270 evaluated, 30 invalid");
    }

    [Fact]
    public void Execute_ProductClearanceOnSeveralWorkers_FansOutOneRowPerProductInOrder()
    {
        var lines = Enumerable.Range(1, 200).Select(i =>
            $$"""{"id":"S{{i}}","asOf":"2024-07-25","products":[{"id":"A","qualityReturnRate":0.01},{"id":"B","qualityReturnRate":0.5}]}""");
        var input = _dir.Write("products.jsonl", string.Join("\n", lines));

        var sequential = Run(input, "csv", workers: 1, batchItems: 1, workflow: "AllianceProductClearance");
        var parallel = Run(input, "csv", workers: 4, batchItems: 3, workflow: "AllianceProductClearance");

        parallel.Should().Be(sequential);
        parallel.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[1]).Take(4).Should().Equal("S1/A", "S1/B", "S2/A", "S2/B");
    }

    private static ToolRun Run(string input, string format, int workers, int batchItems, int maxLineBytes = SnapshotReadOptions.DefaultMaxItemBytes, string workflow = "AllianceAdmission")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new ToolContext(output, error, new StringReader(string.Empty));
        var exit = new CheckRun(context, input, workflow, null, null, CultureInfo.GetCultureInfo("en"), format, null, new SnapshotReadOptions { MaxItemBytes = maxLineBytes })
        {
            Workers = workers,
            BatchItems = batchItems,
        }.Execute();
        return new ToolRun(exit, output.ToString(), error.ToString());
    }

    // The sample merchants over and over, with ids made unique, a misspelt field every 37th line and broken JSON every 101st.
    private static string ManyLines(int count)
    {
        var samples = File.ReadAllLines(Path.Combine(Repo.Root, "samples", "data", "merchants.jsonl")).Where(l => l.Length > 0).ToArray();
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var line = i % 101 == 0 ? """{"id":"broken", """
                : i % 37 == 0 ? """{"id":"S","asOf":"2024-07-25","storeScroe":4.2}"""
                : samples[i % samples.Length].Replace("\"id\":\"", $"\"id\":\"{i}-", StringComparison.Ordinal);
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex("^\\{\"line\":(\\d+),")]
    private static partial Regex RowLine();

    [GeneratedRegex("invalid snapshot, line (\\d+)")]
    private static partial Regex ReportLine();
}
