using System.Globalization;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>One input item: a valid snapshot, or the reason it is not one (line number, JSON field, message).</summary>
internal sealed record InputItem(long Line, object? Snapshot, string? Field, string? Error)
{
    public bool IsValid => Snapshot is not null;

    public static InputItem Valid(long line, object snapshot) => new(line, snapshot, null, null);

    public static InputItem Invalid(long line, string field, string message) => new(line, null, field, message);

    /// <summary>Where and what: <c>line 5, positiveRate: …</c>, or in Chinese <c>第 5 行，positiveRate：…</c>.</summary>
    public string Describe(CultureInfo culture) => (culture.IsChinese(), string.IsNullOrEmpty(Field)) switch
    {
        (true, true) => $"第 {Line} 行：{Error}",
        (true, false) => $"第 {Line} 行，{Field}：{Error}",
        (false, true) => $"line {Line}: {Error}",
        (false, false) => $"line {Line}, {Field}: {Error}",
    };

    /// <summary>The stderr line for an invalid item of <paramref name="sourceName"/>, naming the subject when one item holds several.</summary>
    public string Report(string sourceName, CultureInfo culture, string? subjectId = null) => culture.IsChinese()
        ? $"{sourceName}：无效快照，{Describe(culture)}{(subjectId is null ? string.Empty : $"（{subjectId}）")}"
        : $"{sourceName}: invalid snapshot, {Describe(culture)}{(subjectId is null ? string.Empty : $" ({subjectId})")}";
}
