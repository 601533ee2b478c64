using System.Text;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands;

/// <summary>
/// Hostile snapshots through <c>check</c>: every bad line is reported with its line number and gives no decision, and
/// every valid line beside them is still evaluated.
/// </summary>
public sealed class CheckHostileInputTests : IDisposable
{
    private const int Limit = 4096;

    // Valid JSON nested far past System.Text.Json's default depth of 64.
    private static readonly string Deep = new string('[', 5000) + new string(']', 5000);

    private static readonly string Overlong = $$"""{"id":"H-LONG","asOf":"2024-07-25","shopName":"{{new string('长', Limit)}}"}""";

    /// <summary>Hostile items that are well-formed JSON, so they can also be elements of an array; a null id marks a valid one.</summary>
    private static readonly (string Json, string? Id)[] WellFormed =
    [
        (Valid("V1"), "V1"),
        ("""{"id":"H-STRING-NUMBER","asOf":"2024-07-25","storeScore":"4.6"}""", null),
        ("""{"id":"H-STRING-BOOL","asOf":"2024-07-25","isSettled":"yes"}""", null),
        ("""{"id":"H-NAN","asOf":"2024-07-25","storeScore":"NaN"}""", null),
        ("""{"id":"H-INFINITY","asOf":"2024-07-25","positiveRate":"-Infinity"}""", null),
        (Valid("V2"), "V2"),
        ("""{"id":"H-MONEY","asOf":"2024-07-25","gmv30dFen":-1}""", null),
        ("""{"id":"H-RATE","asOf":"2024-07-25","positiveRate":1.01}""", null),
        ("""{"id":"H-SETTLED","asOf":"2024-07-25","settledDate":"2024-07-26"}""", null),
        ("""{"id":"H-PENALTY","asOf":"2024-07-25","penalties":[{"rule":"MerchantViolation","date":"2024-08-01"}]}""", null),
        ("""{"asOf":"2024-07-25","storeScore":4.6}""", null),
        ("""{"id":"H-NO-AS-OF","storeScore":4.6}""", null),
        ("""{"id":"H-DATE","asOf":"25/07/2024"}""", null),
        (Deep, null),
        ("""{"id":"H-DEEP","asOf":"2024-07-25","products":[{"id":"P","title":""" + Deep + "}]}", null),
        (Overlong, null),
        ("null", null),
        ("42", null),
        ("[]", null),
        (Valid("V3"), "V3"),
    ];

    /// <summary>Hostile JSON Lines only: not JSON at all, which in an array would break the array's syntax.</summary>
    private static readonly (string Json, string? Id)[] Malformed =
    [
        ("""{"id":"H-BARE-NAN","asOf":"2024-07-25","storeScore":NaN}""", null),
        ("""{"id":"H-BARE-INFINITY","asOf":"2024-07-25","positiveRate":Infinity}""", null),
        ("""{"id":"H-TRUNCATED","asOf":"2024-07-25",""", null),
        ("""{"id":"H-TWO","asOf":"2024-07-25"} {"id":"H-THREE","asOf":"2024-07-25"}""", null),
        (Valid("V4"), "V4"),
    ];

    private readonly TempDir _dir = new();
    private readonly string _rules;

    public CheckHostileInputTests() => _rules = _dir.Write("rules/admission.json", Fixtures.AdmissionRules());

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Check_HostileJsonLines_ReportsEachWithItsLineAndEvaluatesEveryValidLine()
    {
        var items = WellFormed.Concat(Malformed).ToArray();
        var input = _dir.Write("m.jsonl", string.Join("\n", items.Select(i => i.Json)) + "\n");

        var run = Check(input);

        AssertReported(run, input, items, line: i => i + 1);
    }

    [Fact]
    public void Check_HostileJsonLinesOnStdin_ReportsEachWithItsLineAndEvaluatesEveryValidLine()
    {
        var items = WellFormed.Concat(Malformed).ToArray();

        var run = ToolRunner.RunWithInput(string.Join("\r\n", items.Select(i => i.Json)), Args("-"));

        AssertReported(run, "stdin", items, line: i => i + 1);
    }

    [Fact]
    public void Check_HostileJsonArrayElements_ReportsEachWithItsLineAndEvaluatesEveryValidElement()
    {
        var input = _dir.Write("m.json", "[\n" + string.Join(",\n", WellFormed.Select(i => i.Json)) + "\n]\n");

        var run = Check(input);

        AssertReported(run, input, WellFormed, line: i => i + 2);
    }

    [Fact]
    public void Check_HostileCsvRows_ReportsEachWithItsLineAndEvaluatesEveryValidRow()
    {
        var input = _dir.Write("m.csv", """
            id,asOf,storeScore,positiveRate,gmv30dFen,settledDate,shopName
            V1,2024-07-25,4.6,0.9,,,
            H-STRING,2024-07-25,high,,,,
            H-NAN,2024-07-25,NaN,,,,
            H-MONEY,2024-07-25,4.6,0.9,-1,,
            H-RATE,2024-07-25,4.6,1.01,,,
            H-SETTLED,2024-07-25,4.6,0.9,,2024-07-26,
            ,2024-07-25,4.6,0.9,,,
            H-NO-AS-OF,,4.6,0.9,,,
            V2,2024-07-25,4.6,0.9,,,
            """ + "\n");

        var run = Check(input);

        run.ExitCode.Should().Be(2, run.Error);
        ReportedLines(run, input).Should().Equal(3, 4, 5, 6, 7, 8, 9);
        Ids(run).Should().Equal("V1", "V2");
    }

    private static string Valid(string id) => $$"""{"id":"{{id}}","asOf":"2024-07-25","storeScore":4.6,"positiveRate":0.9}""";

    private static void AssertReported(ToolRun run, string source, (string Json, string? Id)[] items, Func<int, int> line)
    {
        var hostile = items.Select((item, i) => (item, Line: line(i))).Where(p => p.item.Id is null).Select(p => (long)p.Line);
        var valid = items.Where(i => i.Id is not null).Select(i => i.Id!);

        run.ExitCode.Should().Be(2, run.Error);
        ReportedLines(run, source).Should().Equal(hostile);
        Ids(run).Should().Equal(valid);
        run.ErrorLines.Should().Contain($"Summary: {valid.Count()} evaluated, {hostile.Count()} invalid");
    }

    /// <summary>The line numbers of the invalid-snapshot reports, in order.</summary>
    private static IEnumerable<long> ReportedLines(ToolRun run, string source)
    {
        var prefix = $"{source}: invalid snapshot, line ";
        return run.ErrorLines
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => long.Parse(new string(l[prefix.Length..].TakeWhile(char.IsAsciiDigit).ToArray())));
    }

    private static IEnumerable<string> Ids(ToolRun run) => run.OutLines.Skip(1).Select(l => l.Split(',')[1]);

    private ToolRun Check(string input) => ToolRunner.Run(Args(input));

    private string[] Args(string input)
        => ["check", input, "-w", "AllianceAdmission", "-r", _rules, "--format", "csv", "--lang", "en", "--max-line-bytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)];
}
