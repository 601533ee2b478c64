using System.Globalization;
using System.Resources;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// A message that is read in the reader's culture: a key into a resource catalog plus its arguments, looked up only
/// when the text is asked for. Diagnostics, validation errors and tool messages carry one, so the same object reads
/// in English or Chinese (or any language a satellite assembly adds) without the call site knowing the languages.
/// </summary>
/// <remarks>
/// Culture follows .NET: <see cref="ToString()"/> uses <see cref="CultureInfo.CurrentUICulture"/>;
/// <see cref="ToString(CultureInfo?)"/> with a culture overrides it. Resource fallback walks the culture's parents
/// (<c>zh-CN</c> → <c>zh-Hans</c> → <c>zh</c>) and ends at the neutral English text.
/// </remarks>
public abstract class LocalizableText
{
    private protected LocalizableText()
    {
    }

    /// <summary>The text in <paramref name="culture"/>; null means <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    /// <param name="culture">The language to read the text in.</param>
    public abstract string ToString(CultureInfo? culture);

    /// <summary>The text in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public sealed override string ToString() => ToString(null);

    /// <summary>A text that reads the same in every culture (for example a message a host wrote itself).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static LocalizableText Fixed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FixedText(text);
    }

    /// <summary>
    /// A text from <paramref name="resources"/>: the format string named <paramref name="key"/>, with
    /// <paramref name="args"/> put into its <c>{0}</c>, <c>{1}</c>… Arguments that are themselves
    /// <see cref="LocalizableText"/> are read in the same culture; numbers and dates are formatted invariantly, so a
    /// message reads the same numbers in every language.
    /// </summary>
    /// <param name="resources">The catalog (a <c>.resx</c> with its satellite assemblies).</param>
    /// <param name="key">The entry's name, usually the diagnostic or validation code.</param>
    /// <param name="args">The values the entry's placeholders take.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> or <paramref name="key"/> is null.</exception>
    public static LocalizableText FromResource(ResourceManager resources, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(key);
        return new ResourceText(resources, key, args ?? []);
    }

    private sealed class FixedText(string text) : LocalizableText
    {
        public override string ToString(CultureInfo? culture) => text;
    }

    private sealed class ResourceText(ResourceManager resources, string key, object?[] args) : LocalizableText
    {
        public override string ToString(CultureInfo? culture)
        {
            var ui = culture ?? CultureInfo.CurrentUICulture;

            // A missing entry is a bug in this package, caught by the catalog tests; it must not crash the host.
            var format = resources.GetString(key, ui) ?? $"[{key}]";
            if (args.Length == 0)
            {
                return format;
            }

            var values = new object?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                values[i] = args[i] is LocalizableText text ? text.ToString(ui) : args[i];
            }

            try
            {
                return string.Format(CultureInfo.InvariantCulture, format, values);
            }
            catch (FormatException)
            {
                return $"{format} ({string.Join(", ", values)})";
            }
        }
    }
}
