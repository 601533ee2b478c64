using System.Globalization;
using System.Resources;

namespace Douyin.Eligibility.History.Resources;

/// <summary>The messages of the decision store: <c>Resources/Messages.resx</c> (English) and <c>Messages.zh.resx</c>.</summary>
internal static class HistoryCatalog
{
    private static readonly ResourceManager Resources = new("Douyin.Eligibility.History.Resources.Messages", typeof(HistoryCatalog).Assembly);

    /// <summary>Entry <paramref name="key"/> in <paramref name="culture"/>, filled with <paramref name="args"/>.</summary>
    public static string Format(CultureInfo culture, string key, object?[] args)
    {
        var text = Resources.GetString(key, culture) ?? key;
        return string.Format(culture, text, args);
    }
}
