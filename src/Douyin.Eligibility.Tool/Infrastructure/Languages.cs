using System.Globalization;

namespace Douyin.Eligibility.Tool;

/// <summary>The two languages of <c>--lang</c>: Chinese for any <c>zh</c> culture, English otherwise.</summary>
internal static class Languages
{
    public static bool IsChinese(this CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
