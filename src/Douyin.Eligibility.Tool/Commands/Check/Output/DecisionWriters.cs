namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>The <c>--format</c> values of <c>check</c>, each with its writer: the one list the option, its help and <see cref="Create"/> read.</summary>
internal static class DecisionWriters
{
    private static readonly DecisionFormat[] All =
    [
        new("table", (output, culture) => new TableDecisionWriter(output, culture), NewEncoder: null, ShowsExplanation: false),
        new("jsonl", (output, _) => new JsonLinesDecisionWriter(output), newLine => new JsonLinesRowEncoder(newLine), ShowsExplanation: true),
        new("csv", (output, _) => new CsvDecisionWriter(output), newLine => new CsvRowEncoder(newLine), ShowsExplanation: false),
    ];

    /// <summary>The format names, the default first.</summary>
    public static IReadOnlyList<string> Formats { get; } = All.Select(f => f.Name).ToArray();

    /// <summary>The format used without <c>--format</c>.</summary>
    public static string Default => Formats[0];

    /// <summary>The formats as the help text lists them: <c>table, jsonl or csv</c>.</summary>
    public static string Described => Formats.Count == 1 ? Formats[0] : $"{string.Join(", ", Formats.Take(Formats.Count - 1))} or {Formats[^1]}";

    /// <exception cref="ToolException"><paramref name="format"/> is not one of <see cref="Formats"/>.</exception>
    public static IDecisionWriter Create(string format, TextWriter output, System.Globalization.CultureInfo culture) => Find(format).Create(output, culture);

    /// <summary>The format named <paramref name="format"/>.</summary>
    /// <exception cref="ToolException"><paramref name="format"/> is not one of <see cref="Formats"/>.</exception>
    public static DecisionFormat Find(string format)
        => All.FirstOrDefault(f => f.Name == format) ?? throw new ToolException($"Unknown format '{format}'; use {Described}.");
}

/// <summary>One output format of <c>check</c>.</summary>
/// <param name="Name">The <c>--format</c> value.</param>
/// <param name="Create">Its writer onto a text writer, row by row.</param>
/// <param name="NewEncoder">
/// For a format whose rows do not depend on one another: a new encoder of rows as UTF-8 bytes, given the line break
/// (one per thread); null when rows must go through <see cref="Create"/>'s writer in order (a table pages its rows).
/// </param>
/// <param name="ShowsExplanation">Whether the format shows reasons' observed values, thresholds or gaps, which only explained decisions have.</param>
internal sealed record DecisionFormat(string Name, Func<TextWriter, System.Globalization.CultureInfo, IDecisionWriter> Create, Func<byte[], IRowEncoder>? NewEncoder, bool ShowsExplanation);
