using System.Globalization;
using System.Resources;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// The engine's message catalog: <c>Diagnostics/Messages.resx</c> (neutral English) and its satellites
/// (<c>Messages.zh.resx</c>, …). Entries are named by diagnostic code (<c>DE3002</c>), by code and variant
/// (<c>DE3002_Function</c>) or, for the fragments messages are built from (type names, hints), by what they say
/// (<c>Type_Boolean</c>, <c>Hint_DidYouMean</c>).
/// </summary>
internal static class Messages
{
    /// <remarks>The resources are named after this class (the .resx sits next to it), as for a designer-generated accessor.</remarks>
    public static ResourceManager ResourceManager { get; } = new(typeof(Messages));

    /// <summary>The entry <paramref name="key"/> with its placeholders filled by <paramref name="args"/>.</summary>
    public static LocalizableText Get(string key, params object?[] args) => LocalizableText.FromResource(ResourceManager, key, args);

    /// <summary>The name of a variant of a code's message: <c>DE2004_Lambda</c>.</summary>
    public static string Key(string code, string variant) => $"{code}_{variant}";

    /// <summary>Nothing, in every language (an absent hint).</summary>
    public static LocalizableText Empty { get; } = LocalizableText.Fixed(string.Empty);

    /// <summary><paramref name="items"/> joined by the entry <paramref name="separatorKey"/> (<c>List_And</c>: <c>" and "</c> in English), each read in the same culture.</summary>
    public static LocalizableText Join(string separatorKey, IEnumerable<object> items) => new JoinedText(Get(separatorKey), [.. items]);

    /// <summary><paramref name="text"/> with its first letter upper-cased, for the start of a sentence (<c>Rule 'R1'</c>).</summary>
    public static LocalizableText Capitalized(LocalizableText text) => new CapitalizedText(text);

    private static string Read(object item, CultureInfo? culture)
        => item is LocalizableText text ? text.ToString(culture) : Convert.ToString(item, CultureInfo.InvariantCulture) ?? string.Empty;

    private sealed class JoinedText(LocalizableText separator, object[] items) : LocalizableText
    {
        public override string ToString(CultureInfo? culture)
            => string.Join(separator.ToString(culture), items.Select(item => Read(item, culture)));
    }

    private sealed class CapitalizedText(LocalizableText text) : LocalizableText
    {
        public override string ToString(CultureInfo? culture)
        {
            var value = text.ToString(culture);
            return value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
        }
    }
}
