using System.Globalization;
using System.Resources;

namespace Douyin.Eligibility.Tool.Commands.Daily;

/// <summary>The messages of <c>daily</c> and <c>replay</c>: Resources/Daily.resx (English) and Daily.zh.resx.</summary>
internal static class DailyText
{
    private static readonly ResourceManager Resources = new("Douyin.Eligibility.Tool.Resources.Daily", typeof(DailyText).Assembly);

    /// <summary>The message <paramref name="key"/> with <paramref name="args"/>, in <paramref name="culture"/>'s language.</summary>
    public static string Get(CultureInfo culture, string key, params object?[] args)
        => string.Format(culture, Resources.GetString(key, culture) ?? key, args);
}
