namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>The <c>--format</c> values of <c>check</c>, each with its writer: the one list the option, its help and <see cref="Create"/> read.</summary>
internal static class DecisionWriters
{
    private static readonly (string Name, Func<TextWriter, IDecisionWriter> Create)[] All =
    [
        ("table", output => new TableDecisionWriter(output)),
        ("jsonl", output => new JsonLinesDecisionWriter(output)),
        ("csv", output => new CsvDecisionWriter(output)),
    ];

    /// <summary>The format names, the default first.</summary>
    public static IReadOnlyList<string> Formats { get; } = All.Select(f => f.Name).ToArray();

    /// <summary>The format used without <c>--format</c>.</summary>
    public static string Default => Formats[0];

    /// <summary>The formats as the help text lists them: <c>table, jsonl or csv</c>.</summary>
    public static string Described => Formats.Count == 1 ? Formats[0] : $"{string.Join(", ", Formats.Take(Formats.Count - 1))} or {Formats[^1]}";

    /// <exception cref="ToolException"><paramref name="format"/> is not one of <see cref="Formats"/>.</exception>
    public static IDecisionWriter Create(string format, TextWriter output)
        => All.FirstOrDefault(f => f.Name == format).Create is { } create
            ? create(output)
            : throw new ToolException($"Unknown format '{format}'; use {Described}.");
}
