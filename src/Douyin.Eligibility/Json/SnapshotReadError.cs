using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Json;

/// <summary>Why one item of a JSON document, JSON Lines stream or JSON array could not be read.</summary>
/// <param name="Line">1-based line in the input where the problem is (for JSON Lines: the item's line).</param>
/// <param name="Index">0-based position of the item among the items read (blank JSON Lines lines are not items).</param>
/// <param name="Field">
/// JSON path of the offending field inside the item, such as <c>products[2].qualityReturnRate</c>;
/// empty when the problem is the item as a whole (or the input's structure).
/// </param>
/// <param name="Text">
/// What is wrong, read in the reader's language: English and Chinese for the problems the readers find themselves (an
/// item over <see cref="SnapshotReadOptions.MaxItemBytes"/>), English only for System.Text.Json's messages and the
/// readers' wording of them.
/// </param>
/// <remarks>Two errors are equal when their position, field and neutral (English) text are.</remarks>
public sealed record SnapshotReadError(long Line, int Index, string Field, LocalizableText Text)
{
    /// <summary>Creates an error whose message reads the same in every language.</summary>
    /// <param name="line">1-based line in the input where the problem is.</param>
    /// <param name="index">0-based position of the item among the items read.</param>
    /// <param name="field">JSON path of the offending field inside the item; empty for the item as a whole.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public SnapshotReadError(long line, int index, string field, string message)
        : this(line, index, field, LocalizableText.Fixed(message))
    {
    }

    /// <summary>What is wrong, read in the reader's language.</summary>
    public LocalizableText Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>What is wrong, in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public string Message => Text.ToString();

    /// <summary>What is wrong, in <paramref name="culture"/> (Chinese for any <c>zh</c> culture where the message has a translation).</summary>
    /// <param name="culture">E.g. <c>zh-CN</c> or <c>en</c>; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) => Text.ToString(culture);

    /// <inheritdoc />
    public bool Equals(SnapshotReadError? other)
        => other is not null
            && Line == other.Line
            && Index == other.Index
            && string.Equals(Field, other.Field, StringComparison.Ordinal)
            && string.Equals(Neutral, other.Neutral, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Index, Field, Neutral);

    /// <inheritdoc />
    public override string ToString()
        => Field.Length == 0 ? $"line {Line}: {Message}" : $"line {Line}, {Field}: {Message}";

    private string Neutral => Text.ToString(CultureInfo.InvariantCulture);
}
