using System.Globalization;

namespace Douyin.Eligibility.Rules;

/// <summary>
/// Thrown by <see cref="RuleSetLoadResult.GetRuleSetOrThrow"/>: the rule files had errors, all listed in the message. The
/// message is in English (the neutral language) whatever the UI culture, as logs expect; <see cref="Diagnostics"/> read in any.
/// </summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception from the load diagnostics.</summary>
    public RuleSetLoadException(IReadOnlyList<Diagnostic> diagnostics)
        : base("The rule files have errors:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics.Where(d => d.IsError).Select(d => d.ToString(CultureInfo.InvariantCulture))))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic of the load.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
