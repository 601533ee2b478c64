namespace Douyin.Eligibility.Rules;

/// <summary>
/// One problem found while loading rule files, printed compiler-style:
/// <c>path(line,col): error CODE: message</c>.
/// </summary>
/// <param name="Code">A stable code such as <c>DE3002</c>; see docs/rule-language.md for the list.</param>
/// <param name="Severity">Whether the problem stops the rule set from loading.</param>
/// <param name="Location">Where the problem is (for expression errors: the offending character inside the expression string).</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc />
    public override string ToString()
        => $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
