namespace Douyin.Eligibility.Rules;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The file loads, but something in it deserves attention (a legacy field, say).</summary>
    Warning,

    /// <summary>The file cannot be used; the rule set is not built.</summary>
    Error,
}
