using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

/// <summary><c>--max-line-bytes</c>: a longer line, array element, document or CSV row is reported and skipped.</summary>
public sealed class CheckLineLimitTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _rules;

    public CheckLineLimitTests() => _rules = _dir.Write("rules/admission.json", Fixtures.AdmissionRules());

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Check_LineLongerThanMaxLineBytes_IsReportedInEnglishAndTheNextLinesEvaluated()
    {
        var input = _dir.Write("m.jsonl", Lines(Long("S2", 300)));

        var run = Check(input, "200", "en");

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().Contain($"{input}: invalid snapshot, line 2: The line is longer than the limit of 200 bytes; it was skipped.");
        Ids(run).Should().Equal("S1", "S3");
    }

    [Fact]
    public void Check_LineLongerThanMaxLineBytes_IsReportedInChinese()
    {
        var input = _dir.Write("m.jsonl", Lines(Long("S2", 300)));

        var run = Check(input, "200", "zh-CN");

        run.ErrorLines.Should().Contain($"{input}：无效快照，第 2 行：该行长度超过 200 字节的上限，已跳过。");
        Ids(run).Should().Equal("S1", "S3");
    }

    [Fact]
    public void Check_LineOfExactlyMaxLineBytes_IsEvaluated()
    {
        var line = Long("S2", 300);
        var input = _dir.Write("m.jsonl", Lines(line).Replace("\n", "\r\n", StringComparison.Ordinal));

        var run = Check(input, line.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "en");

        run.ExitCode.Should().Be(0, run.Error);
        Ids(run).Should().Equal("S1", "S2", "S3");
    }

    [Fact]
    public void Check_ArrayElementLongerThanMaxLineBytes_IsReportedAndTheNextElementsEvaluated()
    {
        var input = _dir.Write("m.json", "[\n" + Lines(Long("S2", 300)).TrimEnd('\n').Replace("\n", ",\n", StringComparison.Ordinal) + "\n]");

        var en = Check(input, "200", "en");
        var zh = Check(input, "200", "zh-CN");

        en.ExitCode.Should().Be(2, en.Error);
        en.ErrorLines.Should().Contain($"{input}: invalid snapshot, line 3: The element is longer than the limit of 200 bytes; it was skipped.");
        zh.ErrorLines.Should().Contain($"{input}：无效快照，第 3 行：该元素长度超过 200 字节的上限，已跳过。");
        Ids(en).Should().Equal("S1", "S3");
    }

    [Fact]
    public void Check_PrettyPrintedDocumentLongerThanMaxLineBytes_IsReported()
    {
        var input = _dir.Write("m.json", "{\n  \"id\": \"S1\",\n  \"asOf\": \"2024-07-25\",\n  \"shopName\": \"" + new string('a', 300) + "\"\n}\n");

        var run = Check(input, "200", "en");

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().Contain($"{input}: invalid snapshot, line 1: The document is longer than the limit of 200 bytes.");
    }

    [Fact]
    public void Check_CsvRowLongerThanMaxLineBytes_IsReportedAndTheNextRowsEvaluated()
    {
        var input = _dir.Write("m.csv", $"id,asOf,storeScore,positiveRate,shopName\nS1,2024-07-25,4.6,0.9,\nS2,2024-07-25,4.6,0.9,{new string('a', 300)}\nS3,2024-07-25,4.6,0.9,\n");

        var en = Check(input, "200", "en");
        var zh = Check(input, "200", "zh-CN");

        en.ExitCode.Should().Be(2, en.Error);
        en.ErrorLines.Should().Contain($"{input}: invalid snapshot, line 3: The row is longer than the limit of 200 bytes; it was skipped.");
        zh.ErrorLines.Should().Contain($"{input}：无效快照，第 3 行：该行长度超过 200 字节的上限，已跳过。");
        Ids(en).Should().Equal("S1", "S3");
    }

    [Fact]
    public void Check_CsvRowTooLongToBuffer_EndsTheInputWithAReport()
    {
        var input = _dir.Write("m.csv", $"id,asOf,storeScore,positiveRate,shopName\nS1,2024-07-25,4.6,0.9,\nS2,2024-07-25,4.6,0.9,\"{new string('a', 1 << 20)}\"\nS3,2024-07-25,4.6,0.9,\n");

        var run = Check(input, "200", "en");

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().Contain($"{input}: invalid snapshot, line 3: The row is longer than the limit of 200 bytes; the CSV input cannot be read past it.");
        Ids(run).Should().Equal("S1");
    }

    [Fact]
    public void Check_MaxLineBytesDefault_ReadsALineLongerThan64KiB()
    {
        var input = _dir.Write("m.jsonl", Lines(Long("S2", 100_000)));

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        Ids(run).Should().Equal("S1", "S2", "S3");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2000000000")]
    [InlineData("lots")]
    public void Check_MaxLineBytesOutOfRange_ExitsWithAUsageError(string value)
    {
        var input = _dir.Write("m.jsonl", Lines(Long("S2", 10)));

        var run = Check(input, value, "en");

        run.ExitCode.Should().Be(1);
    }

    [Fact]
    public void Diff_LineLongerThanMaxLineBytes_IsReportedAndSkipped()
    {
        var input = _dir.Write("m.jsonl", Lines(Long("S2", 300)));
        var stricter = _dir.Write("stricter/admission.json", Fixtures.AdmissionRules("4.5"));

        var run = ToolRunner.Run("diff", "-r", _rules, "-a", stricter, input, "-w", "AllianceAdmission", "--lang", "en", "--max-line-bytes", "200");

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().Contain($"{input}: invalid snapshot, line 2: The line is longer than the limit of 200 bytes; it was skipped.");
        run.OutLines.Should().Contain("2 evaluated, 0 flipped, 1 invalid");
    }

    // The length is whitespace inside the object, so the snapshot stays valid at any length (a shopName is at most
    // 1,024 characters, docs/snapshots.md).
    private static string Long(string id, int padding)
        => $$"""{"id":"{{id}}","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9,{{new string(' ', padding)}}"shopName":"a"}""";

    private static string Lines(string second) => string.Join("\n",
        """{"id":"S1","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}""",
        second,
        """{"id":"S3","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}""") + "\n";

    private static IEnumerable<string> Ids(ToolRun run) => run.OutLines.Skip(1).Select(l => l.Split(',')[1]);

    private ToolRun Check(string input, string maxLineBytes, string lang)
        => ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", lang, "--max-line-bytes", maxLineBytes);
}
