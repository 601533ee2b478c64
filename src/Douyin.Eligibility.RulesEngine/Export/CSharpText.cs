using System.Globalization;
using System.Text;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>Text as it is written into the exported C# sources.</summary>
internal static class CSharpText
{
    /// <summary><paramref name="value"/> as a C# string literal, quotes included.</summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                _ when char.IsControl(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
