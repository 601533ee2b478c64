using System.Globalization;
using System.Resources;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool;

/// <summary>
/// The tool's own messages (Resources/Messages.resx, neutral English, and Messages.zh.resx), keyed by name.
/// </summary>
internal static class ToolText
{
    private static readonly ResourceManager Resources = new("Douyin.Eligibility.Tool.Resources.Messages", typeof(ToolText).Assembly);

    /// <summary>The message <paramref name="key"/> with <paramref name="args"/>, in <paramref name="culture"/>'s language.</summary>
    public static string Get(CultureInfo culture, string key, params object?[] args) => Text(key, args).ToString(culture);

    /// <summary>The message <paramref name="key"/> with <paramref name="args"/>, read in whichever culture asks.</summary>
    public static LocalizableText Text(string key, params object?[] args) => LocalizableText.FromResource(Resources, key, args);
}
