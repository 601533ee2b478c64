namespace Douyin.Eligibility.Rules;

/// <summary>
/// Raised inside a compiled rule when a value cannot be computed (e.g. a NaN input). The evaluator
/// catches it and reports the rule as <see cref="RuleOutcome.Error"/>; it never reaches the caller.
/// </summary>
internal sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception with a message that says what went wrong.</summary>
    public RuleEvaluationException(string message)
        : base(message)
    {
    }
}
