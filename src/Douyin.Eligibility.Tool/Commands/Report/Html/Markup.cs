using System.Globalization;
using System.Net;
using System.Text;

namespace Douyin.Eligibility.Tool.Commands.Report.Html;

/// <summary>
/// Text into HTML and SVG: every value the report writes goes through <see cref="Text"/> (element content) or
/// <see cref="Attr"/> (attribute values), so a shop name or reason code can never open a tag or leave an attribute.
/// </summary>
internal static class Markup
{
    /// <summary><paramref name="value"/> escaped for element content and double-quoted attribute values (&amp; &lt; &gt; &quot; &#39;).</summary>
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary><paramref name="value"/> as an attribute value: escaped, with control characters (line breaks in a name) as spaces.</summary>
    public static string Attr(string? value)
    {
        var text = Text(value);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>A number for SVG coordinates: invariant culture, at most two decimals.</summary>
    public static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A count as people read it: digits grouped (12,345).</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A date as the report writes it: yyyy-MM-dd.</summary>
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A signed change: +3, −2 (a real minus sign), or ±0.</summary>
    public static string Delta(long value) => value switch
    {
        > 0 => "+" + Count(value),
        < 0 => "\u2212" + Count(-value),
        _ => "\u00b10",
    };
}
