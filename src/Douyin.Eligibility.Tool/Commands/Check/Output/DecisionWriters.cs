namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>The <c>--format</c> values of <c>check</c>.</summary>
internal static class DecisionWriters
{
    public static readonly string[] Formats = ["table", "jsonl", "csv"];

    public static IDecisionWriter Create(string format, TextWriter output) => format switch
    {
        "jsonl" => new JsonLinesDecisionWriter(output),
        "csv" => new CsvDecisionWriter(output),
        _ => new TableDecisionWriter(output),
    };
}
