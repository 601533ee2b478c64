using System.Globalization;
using System.Resources;

namespace Douyin.Eligibility.Tool.Commands.Report;

/// <summary>The words of the HTML report: Resources/Report.resx (English) and Report.zh.resx (中文).</summary>
internal static class ReportText
{
    private static readonly ResourceManager Resources = new("Douyin.Eligibility.Tool.Resources.Report", typeof(ReportText).Assembly);

    /// <summary>The text <paramref name="key"/> with <paramref name="args"/>, in <paramref name="culture"/>'s language.</summary>
    public static string Get(CultureInfo culture, string key, params object?[] args)
        => string.Format(culture, Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Report text '{key}' is missing."), args);
}
