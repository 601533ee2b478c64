using System.Globalization;
using Douyin.Eligibility.Families;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>One input item: a valid snapshot's subjects, or the reason it is not one (line number, JSON field, message).</summary>
internal sealed record InputItem(long Line, IReadOnlyList<EligibilitySubject>? Subjects, string? Field, string? Error)
{
    public bool IsSuccess => Subjects is not null;

    /// <summary>The validation codes (<c>SVnnn</c>) of an item the snapshot validation refused; empty when it could not be read at all.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    public static InputItem Valid(long line, IReadOnlyList<EligibilitySubject> subjects) => new(line, subjects, null, null);

    public static InputItem Invalid(long line, string field, string message) => new(line, null, field, message);

    /// <summary>Where and what: <c>line 5, positiveRate: …</c>, in <paramref name="culture"/>'s language.</summary>
    public string Describe(CultureInfo culture) => string.IsNullOrEmpty(Field)
        ? ToolText.Get(culture, "InvalidLine", Line, Error)
        : ToolText.Get(culture, "InvalidLine_Field", Line, Field, Error);

    /// <summary>The stderr line for an invalid item of <paramref name="sourceName"/>, naming the subject when one item holds several.</summary>
    public string Report(string sourceName, CultureInfo culture, string? subjectId = null) => subjectId is null
        ? ToolText.Get(culture, "InvalidSnapshot", sourceName, Describe(culture))
        : ToolText.Get(culture, "InvalidSnapshot_Subject", sourceName, Describe(culture), subjectId);
}
