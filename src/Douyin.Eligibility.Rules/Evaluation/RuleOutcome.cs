namespace Douyin.Eligibility.Rules;

/// <summary>The outcome of one rule, in three-valued logic plus errors.</summary>
public enum RuleOutcome
{
    /// <summary>The condition holds.</summary>
    Passed,

    /// <summary>The condition does not hold.</summary>
    Failed,

    /// <summary>A value the condition needs is missing, so it can be neither passed nor failed.</summary>
    Indeterminate,

    /// <summary>The condition could not be computed (division by zero, overflow, a non-finite number).</summary>
    Error,
}
