using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Douyin.Eligibility.Resources;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// The catalog entries a reason's message reads (the words for unknown, yes and no, the notes, the list forms), looked
/// up once per culture: a <see cref="System.Resources.ResourceManager"/> lookup costs more than formatting the whole
/// message. Each text is what <c>Catalog.Text(key, args).ToString(culture)</c> gives, character for character.
/// </summary>
internal sealed class ReasonTexts
{
    private static readonly ConcurrentDictionary<CultureInfo, ReasonTexts> ByCulture = new();
    private static ReasonTexts? _last;

    private ReasonTexts(CultureInfo culture)
    {
        Culture = culture;
        Unknown = Entry("Value_Unknown", culture);
        Yes = Entry("Value_Yes", culture);
        No = Entry("Value_No", culture);
        UnknownNote = new Template(Entry("Reason_Unknown", culture));
        AssumedThresholdNote = new Template(Entry("Reason_AssumedThreshold", culture));
        ListNone = Entry(Catalog.ListNoneKey, culture);
        ListOne = new Template(Entry(Catalog.ListOneKey, culture));
        ListPair = new Template(Entry(Catalog.ListPairKey, culture));
    }

    public CultureInfo Culture { get; }

    /// <summary><c>Value_Unknown</c>: an unknown value.</summary>
    public string Unknown { get; }

    /// <summary><c>Value_Yes</c>.</summary>
    public string Yes { get; }

    /// <summary><c>Value_No</c>.</summary>
    public string No { get; }

    /// <summary>The format of <c>Reason_Unknown</c> ({0} the fields, {1} the message).</summary>
    public Template UnknownNote { get; }

    /// <summary>The format of <c>Reason_AssumedThreshold</c> ({0} the params).</summary>
    public Template AssumedThresholdNote { get; }

    private string ListNone { get; }

    private Template ListOne { get; }

    private Template ListPair { get; }

    /// <summary>The texts of <paramref name="culture"/>.</summary>
    public static ReasonTexts For(CultureInfo culture)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Culture, culture))
        {
            return last;
        }

        var texts = ByCulture.GetOrAdd(culture, static c => new ReasonTexts(c));
        Volatile.Write(ref _last, texts);
        return texts;
    }

    /// <summary><c>Catalog.List(items)</c> in this culture: none, one, or pairs nested from the right.</summary>
    public string List(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return ListNone;
        }

        if (items.Count == 1)
        {
            return ListOne.Format(items[0]);
        }

        var list = items[^1];
        for (var i = items.Count - 2; i >= 0; i--)
        {
            list = ListPair.Format(items[i], list);
        }

        return list;
    }

    /// <summary>A catalog format, parsed once, filled in as <c>LocalizableText</c> fills it: invariant, and the format itself with its values on a bad format.</summary>
    internal sealed class Template
    {
        private readonly string _format;
        private readonly CompositeFormat? _parsed;

        public Template(string format)
        {
            _format = format;
            try
            {
                _parsed = CompositeFormat.Parse(format);
            }
            catch (FormatException)
            {
                _parsed = null;
            }
        }

        public string Format(params object?[] values)
        {
            if (_parsed is { } parsed)
            {
                try
                {
                    return string.Format(CultureInfo.InvariantCulture, parsed, values);
                }
                catch (FormatException)
                {
                }
            }

            return $"{_format} ({string.Join(", ", values)})";
        }
    }

    // As LocalizableText does: a missing entry shows its key rather than failing.
    private static string Entry(string key, CultureInfo culture) => Catalog.Resources.GetString(key, culture) ?? $"[{key}]";
}
