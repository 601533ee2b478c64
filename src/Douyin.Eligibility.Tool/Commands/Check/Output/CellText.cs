using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// Text measured in terminal cells rather than characters: an East Asian wide character (CJK ideographs, full-width forms) takes
/// two cells, so padding by <see cref="string.Length"/> would break a table's alignment. Widths come from Spectre.Console.
/// </summary>
internal static class CellText
{
    private const string Ellipsis = "…";

    /// <summary>How many terminal cells <paramref name="text"/> takes.</summary>
    public static int Width(string text) => text.GetCellWidth();

    /// <summary>
    /// <paramref name="text"/> in exactly <paramref name="width"/> cells: padded with spaces, or cut at a whole
    /// character and ended with <c>…</c> when it is wider (a wide character that does not fit leaves a space).
    /// </summary>
    public static string Fit(string text, int width)
    {
        var textWidth = Width(text);
        if (textWidth <= width)
        {
            return text + new string(' ', width - textWidth);
        }

        var builder = new StringBuilder();
        var used = 0;
        var room = width - Width(Ellipsis);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = Width(element);
            if (used + elementWidth > room)
            {
                break;
            }

            builder.Append(element);
            used += elementWidth;
        }

        return builder.Append(Ellipsis).Append(' ', room - used).ToString();
    }
}
