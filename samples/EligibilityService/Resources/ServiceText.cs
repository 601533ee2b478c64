using System.Resources;
using Douyin.Eligibility.Rules;

namespace EligibilityService.Resources;

/// <summary>
/// The service's own messages (problem titles and details, configuration errors): <c>Resources/ServiceMessages.resx</c>
/// (English) and <c>ServiceMessages.zh.resx</c> (Chinese), read in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.
/// </summary>
internal static class ServiceText
{
    private static readonly ResourceManager Resources = new("EligibilityService.Resources.ServiceMessages", typeof(ServiceText).Assembly);

    /// <summary>The entry <paramref name="key"/> with <paramref name="args"/>, in the current UI culture.</summary>
    public static string Get(string key, params object?[] args) => LocalizableText.FromResource(Resources, key, args).ToString();
}
