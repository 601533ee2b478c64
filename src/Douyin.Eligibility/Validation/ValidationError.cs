using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Validation;

/// <summary>One problem found in a snapshot's values.</summary>
/// <param name="Field">JSON path of the offending field, such as <c>products[2].qualityReturnRate</c>; empty for the snapshot as a whole.</param>
/// <param name="Code">A stable code from <see cref="ValidationCodes"/>, such as <c>SV005</c>.</param>
/// <param name="Text">What is wrong, read in the reader's language (the library's messages are in English and Chinese).</param>
/// <remarks>
/// Two errors are equal when their field, code and neutral (English) text are: the same problem found twice compares
/// equal, as it did when the message was a string.
/// </remarks>
public sealed record ValidationError(string Field, string Code, LocalizableText Text)
{
    /// <summary>Creates an error whose message reads the same in every language (for example one a host wrote itself).</summary>
    /// <param name="field">JSON path of the offending field; empty for the snapshot as a whole.</param>
    /// <param name="code">A stable code, such as <c>SV005</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ValidationError(string field, string code, string message)
        : this(field, code, LocalizableText.Fixed(message))
    {
    }

    /// <summary>What is wrong, read in the reader's language.</summary>
    public LocalizableText Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>What is wrong, in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public string Message => Text.ToString();

    /// <summary>What is wrong, in <paramref name="culture"/>: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">E.g. <c>zh-CN</c> or <c>en</c>; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string GetMessage(CultureInfo? culture) => Text.ToString(culture);

    /// <inheritdoc />
    public bool Equals(ValidationError? other)
        => other is not null
            && string.Equals(Field, other.Field, StringComparison.Ordinal)
            && string.Equals(Code, other.Code, StringComparison.Ordinal)
            && string.Equals(Neutral, other.Neutral, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, Code, Neutral);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Field}: {Message}";

    private string Neutral => Text.ToString(CultureInfo.InvariantCulture);
}
