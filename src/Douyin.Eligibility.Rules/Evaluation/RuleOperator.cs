namespace Douyin.Eligibility.Rules;

/// <summary>How a rule with nested <c>Rules</c> combines its children (three-valued).</summary>
public enum RuleOperator
{
    /// <summary>Passes when every child passes; fails when any child fails; otherwise indeterminate. <c>And</c> and <c>AndAlso</c> in files.</summary>
    And,

    /// <summary>Passes when any child passes; fails when every child fails; otherwise indeterminate. <c>Or</c> and <c>OrElse</c> in files.</summary>
    Or,
}
