namespace Douyin.Eligibility.Rules.Internal;

/// <summary>A list of names as a sentence writes it (<c>Any, All or Max</c> in English), in the reader's language.</summary>
internal static class NameList
{
    public static LocalizableText Or(IReadOnlyList<string> names) => names.Count switch
    {
        0 => Messages.Empty,
        1 => LocalizableText.Fixed(names[0]),
        _ => Messages.Get("List_OrLast", Messages.Join("List_Comma", names.Take(names.Count - 1)), names[^1]),
    };
}
