using System.Globalization;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// One problem found while loading rule files, printed compiler-style:
/// <c>path(line,col): error CODE: message</c>. The message (<see cref="Text"/>) comes from the engine's message
/// catalog and reads in the reader's culture: <see cref="Message"/> and <see cref="ToString()"/> use
/// <see cref="CultureInfo.CurrentUICulture"/>, <see cref="GetMessage"/> and <see cref="ToString(CultureInfo?)"/>
/// take the culture to read it in. The catalog ships English (the neutral language) and Chinese (any <c>zh</c>
/// culture); docs/localization.md says how to add a language.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>A diagnostic whose message comes from a catalog (or is a <see cref="LocalizableText.Fixed"/> text).</summary>
    /// <param name="code">A stable code such as <c>DE3002</c>; see docs/rule-language.md for the list.</param>
    /// <param name="severity">Whether the problem stops the rule set from loading.</param>
    /// <param name="location">Where the problem is (for expression errors: the offending character inside the expression string).</param>
    /// <param name="text">What is wrong and what was expected, in every language of its catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="text"/> is null.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, SourceLocation location, LocalizableText text)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(text);
        Code = code;
        Severity = severity;
        Location = location;
        Text = text;
    }

    /// <summary>A diagnostic with a message that reads the same in every culture (for hosts that write their own).</summary>
    /// <param name="code">A stable code such as <c>DE1016</c>.</param>
    /// <param name="severity">Whether the problem stops the rule set from loading.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, SourceLocation location, string message)
        : this(code, severity, location, LocalizableText.Fixed(message))
    {
    }

    /// <summary>A stable code such as <c>DE3002</c>; see docs/rule-language.md for the list.</summary>
    public string Code { get; init; }

    /// <summary>Whether the problem stops the rule set from loading.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>Where the problem is (for expression errors: the offending character inside the expression string).</summary>
    public SourceLocation Location { get; init; }

    /// <summary>What is wrong and what was expected, readable in any culture of the catalog.</summary>
    public LocalizableText Text { get; init; }

    /// <summary>The message in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public string Message => Text.ToString(null);

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message in the language of <paramref name="culture"/>: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">E.g. <c>zh-CN</c>, <c>zh-Hant-TW</c>, <c>en-US</c>; null means <see cref="CultureInfo.CurrentUICulture"/>, the invariant culture gives English.</param>
    public string GetMessage(CultureInfo? culture) => Text.ToString(culture);

    /// <summary>The compiler-style line, with the message in <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public override string ToString()
        => ToString(null);

    /// <summary>
    /// The compiler-style line with the message in the language of <paramref name="culture"/>. <c>error</c>/<c>warning</c>
    /// and the code stay ASCII in every language, so tools and editors can parse the line.
    /// </summary>
    /// <param name="culture">E.g. <c>zh-CN</c> for Chinese, <see cref="CultureInfo.InvariantCulture"/> for English; null means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string ToString(CultureInfo? culture)
        => $"{Location}: {(IsError ? "error" : "warning")} {Code}: {GetMessage(culture)}";

    /// <summary>Two diagnostics are equal when code, severity, location and the English (neutral) message are.</summary>
    /// <param name="other">The diagnostic to compare with.</param>
    public bool Equals(Diagnostic? other)
        => other is not null
           && Code == other.Code
           && Severity == other.Severity
           && Location == other.Location
           && GetMessage(CultureInfo.InvariantCulture) == other.GetMessage(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Location);
}
