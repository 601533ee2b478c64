using System.Globalization;
using System.Resources;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Resources;

/// <summary>
/// The library's message catalog: <c>Resources/Messages.resx</c> (neutral English) and its satellite
/// <c>Messages.zh.resx</c> (culture <c>zh</c>, so every Chinese culture reads it). Keys are the validation or diagnostic
/// code (<c>SV017</c>, <c>DE5003_NotInForce</c> for a variant), outcome labels are
/// <c>Outcome_&lt;enum type&gt;_&lt;value&gt;</c>, and the fragments messages are built from have descriptive keys.
/// </summary>
internal static class Catalog
{
    /// <summary>The resource manager over the catalog and its satellite assemblies.</summary>
    public static ResourceManager Resources { get; } = new("Douyin.Eligibility.Resources.Messages", typeof(Catalog).Assembly);

    /// <summary>The list forms' keys, shared with the typed API's cached reason texts.</summary>
    internal const string ListNoneKey = "List_None", ListOneKey = "List_One", ListPairKey = "List_Pair";

    /// <summary>The entry <paramref name="key"/> with <paramref name="args"/>, read when the text is asked for.</summary>
    public static LocalizableText Text(string key, params object?[] args) => LocalizableText.FromResource(Resources, key, args);

    /// <summary>
    /// <paramref name="items"/> as a list in the reader's language (<c>a, b, c</c> in English); the entry
    /// <c>List_None</c> when there are none.
    /// </summary>
    public static LocalizableText List(IEnumerable<object> items)
    {
        var all = items.ToList();
        if (all.Count == 0)
        {
            return Text(ListNoneKey);
        }

        object list = all[^1];
        for (var i = all.Count - 2; i >= 0; i--)
        {
            list = Text(ListPairKey, all[i], list);
        }

        return list as LocalizableText ?? One(list);
    }

    /// <summary><paramref name="items"/> as alternatives: <c>a, b or c</c> in English.</summary>
    public static LocalizableText Alternatives(IReadOnlyList<object> items)
        => items.Count == 1 ? One(items[0]) : Text("List_Or", List(items.Take(items.Count - 1)), items[^1]);

    /// <summary>A list of one item: the item itself.</summary>
    private static LocalizableText One(object item) => Text(ListOneKey, item);

    /// <summary>
    /// A load diagnostic of this library (DE5xxx, and DE1016 when a reload fails) with its message from the catalog,
    /// read in the reader's culture.
    /// </summary>
    public static Diagnostic NewDiagnostic(string code, DiagnosticSeverity severity, SourceLocation location, LocalizableText text)
        => new(code, severity, location, text);

    /// <summary>The neutral (English) text, for comparing and de-duplicating messages whatever the reader's culture.</summary>
    public static string Neutral(LocalizableText text) => text.ToString(CultureInfo.InvariantCulture);
}
