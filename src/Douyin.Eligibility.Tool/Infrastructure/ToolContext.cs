using Douyin.Eligibility.Families;

namespace Douyin.Eligibility.Tool;

/// <summary>The streams a command uses, and the families it knows. Tests pass writers and a reader instead of the console.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Diagnostics, invalid lines, progress and summaries.</param>
/// <param name="In">Read when the input is <c>-</c>.</param>
/// <param name="IsErrorTerminal">Whether <paramref name="Error"/> is an interactive terminal (a progress bar may be drawn).</param>
internal sealed record ToolContext(TextWriter Out, TextWriter Error, TextReader In, bool IsErrorTerminal = false)
{
    /// <summary>The families <c>--workflow</c> may name and rule files are loaded for: the library's built-ins unless a host adds its own.</summary>
    /// <summary>Whether <see cref="Out"/> is an interactive terminal (then a progress bar on the same screen would overwrite its rows).</summary>
    public bool IsOutputTerminal { get; init; }

    public IReadOnlyList<EligibilityFamily> Families { get; init; } = EligibilityFamilies.All;
}
