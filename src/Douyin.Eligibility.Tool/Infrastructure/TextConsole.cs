using Spectre.Console;

namespace Douyin.Eligibility.Tool;

/// <summary>A Spectre.Console console over a <see cref="TextWriter"/> for plain text output: no colours, no ANSI codes, a fixed width.</summary>
internal static class TextConsole
{
    /// <summary>The width of tables written to a file or a pipe, in terminal cells.</summary>
    internal const int DefaultWidth = 160;

    /// <summary>A console writing to <paramref name="output"/>, <paramref name="width"/> cells wide (<see cref="DefaultWidth"/> when null).</summary>
    public static IAnsiConsole Create(TextWriter output, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width ?? DefaultWidth;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    /// <summary>
    /// Writes <paramref name="renderable"/> to <paramref name="output"/> as plain text, <paramref name="width"/> cells wide
    /// (<see cref="DefaultWidth"/> when null): no blank line above it and no padding at the ends of lines.
    /// </summary>
    public static void Write(TextWriter output, Spectre.Console.Rendering.IRenderable renderable, int? width = null)
    {
        var text = new StringWriter();
        Create(text, width).Write(renderable);
        var lines = text.ToString().ReplaceLineEndings("\n").Split('\n');
        var first = 0;
        while (first < lines.Length && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        var last = lines.Length - 1;
        while (last >= first && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }

        for (var i = first; i <= last; i++)
        {
            output.WriteLine(lines[i].TrimEnd());
        }
    }

    /// <summary>A table with the project's plain border and the given column headers.</summary>
    public static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Minimal);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        return table;
    }

    /// <summary>A cell of plain text (no markup is read from it).</summary>
    public static Text Cell(string text) => new(text);
}
