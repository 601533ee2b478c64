namespace Douyin.Eligibility.Rules;

/// <summary>
/// Raised inside a compiled rule when a value cannot be computed (e.g. a NaN input). The evaluator
/// catches it and reports the rule as <see cref="RuleOutcome.Error"/>; it never reaches the caller.
/// </summary>
internal sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception from the catalog entry <paramref name="key"/> (a <c>Runtime_</c> entry) and its arguments.</summary>
    public RuleEvaluationException(string key, params object?[] args)
        : this(Messages.Get(key, args))
    {
    }

    private RuleEvaluationException(LocalizableText text)
        : base(text.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Text = text;
    }

    /// <summary>What went wrong, readable in any language of the catalog; <see cref="Exception.Message"/> is its English form.</summary>
    public LocalizableText Text { get; }
}
