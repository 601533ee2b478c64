using System.Text;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

/// <summary>Input is UTF-8; UTF-16 and UTF-32 with a byte-order mark are transcoded, whatever the format.</summary>
public sealed class CheckEncodingTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _rules;

    public CheckEncodingTests() => _rules = _dir.Write("rules/admission.json", Fixtures.AdmissionRules());

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string> EncodingsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var encoding in new[] { "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE", "utf-8" })
        {
            foreach (var format in new[] { "jsonl", "json", "csv" })
            {
                data.Add(encoding, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EncodingsAndFormats))]
    public void Check_InputWithByteOrderMark_IsReadLikeUtf8(string encodingName, string format)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var input = _dir.PathOf("m." + format);
        File.WriteAllBytes(input, [.. encoding.GetPreamble(), .. encoding.GetBytes(Text(format))]);

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", "en");

        run.ExitCode.Should().Be(2, run.Error);
        run.ErrorLines.Should().ContainSingle(l => l.Contains("invalid snapshot", StringComparison.Ordinal))
            .Which.Should().Be($"{input}: invalid snapshot, line {(format == "csv" ? 4 : 3)}, positiveRate: SV005 positiveRate is 1.5; a rate must be in [0, 1] (75% = 0.75).");
        run.OutLines.Skip(1).Select(l => l.Split(',')[1]).Should().Equal("S1", "店铺-2");
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-32BE")]
    public void Check_StdinWithByteOrderMark_IsReadLikeUtf8(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var stdin = Program.StandardInput(new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(Text("jsonl"))]));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = ToolApp.Run(["check", "-", "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", "en"], new ToolContext(output, error, stdin));

        exit.Should().Be(2, error.ToString());
        error.ToString().Should().Contain("stdin: invalid snapshot, line 3, positiveRate: SV005");
        output.ToString().Should().Contain("2,店铺-2,,2024-07-25,NotEligible,");
    }

    [Theory]
    [InlineData("utf-16LE", "jsonl")]
    [InlineData("utf-16BE", "json")]
    [InlineData("utf-32LE", "csv")]
    public void Check_WideTextWithoutByteOrderMark_ExitsWithAMessage(string encodingName, string format)
    {
        var input = _dir.PathOf("m." + format);
        File.WriteAllBytes(input, Encoding.GetEncoding(encodingName).GetBytes(Text(format)));

        var run = ToolRunner.Run("check", input, "-w", "AllianceAdmission", "-r", _rules, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain($"'{input}' looks like UTF-16 or UTF-32 text without a byte-order mark; save it as UTF-8");
    }

    private static string Text(string format) => format switch
    {
        "jsonl" => """
            {"id":"S1","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}
            {"id":"店铺-2","asOf":"2024-07-25","storeScore":4.1,"positiveRate":0.9}
            {"id":"S3","asOf":"2024-07-25","storeScore":4.6,"positiveRate":1.5}
            """,
        "json" => """
            [{"id":"S1","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9},
            {"id":"店铺-2","asOf":"2024-07-25","storeScore":4.1,"positiveRate":0.9},
            {"id":"S3","asOf":"2024-07-25","storeScore":4.6,"positiveRate":1.5}]
            """,
        _ => "id,asOf,storeScore,positiveRate\nS1,2024-07-25,4.6,0.9\n店铺-2,2024-07-25,4.1,0.9\nS3,2024-07-25,4.6,1.5\n",
    };
}
