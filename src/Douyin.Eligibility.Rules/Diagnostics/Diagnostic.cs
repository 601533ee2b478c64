using System.Globalization;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// One problem found while loading rule files, printed compiler-style:
/// <c>path(line,col): error CODE: message</c>. The message is available in English
/// (<see cref="Message"/>) and in Chinese (<see cref="MessageZh"/>).
/// </summary>
/// <param name="Code">A stable code such as <c>DE3002</c>; see docs/rule-language.md for the list.</param>
/// <param name="Severity">Whether the problem stops the rule set from loading.</param>
/// <param name="Location">Where the problem is (for expression errors: the offending character inside the expression string).</param>
/// <param name="Message">What is wrong and what was expected, in English.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    /// <summary>
    /// The same message in Chinese (简体中文). Diagnostics of the rule engine always set it; for a
    /// diagnostic created without one it is the English <see cref="Message"/>.
    /// </summary>
    public string MessageZh { get; init; } = Message;

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message in the language of <paramref name="culture"/>: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">E.g. <c>zh-CN</c>, <c>zh-Hans</c>, <c>en-US</c>; null or the invariant culture give English.</param>
    public string MessageFor(CultureInfo? culture) => IsChinese(culture) ? MessageZh : Message;

    /// <inheritdoc />
    public override string ToString()
        => Format(Message);

    /// <summary>
    /// The compiler-style line with the message in the language of <paramref name="culture"/> (Chinese for any
    /// culture whose name starts with <c>zh</c>, English otherwise). <c>error</c>/<c>warning</c> and the code stay
    /// ASCII in every language, so tools and editors can parse the line.
    /// </summary>
    /// <param name="culture">E.g. <c>zh-CN</c> for Chinese; null or any non-<c>zh</c> culture give the same line as <see cref="ToString()"/>.</param>
    public string ToString(CultureInfo? culture)
        => Format(MessageFor(culture));

    private string Format(string message)
        => $"{Location}: {(IsError ? "error" : "warning")} {Code}: {message}";

    private static bool IsChinese(CultureInfo? culture)
        => culture is not null && culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
