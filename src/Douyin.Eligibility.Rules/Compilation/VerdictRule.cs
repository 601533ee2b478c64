using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// One rule as a fused verdict sees it: a leaf with its condition, or nested rules combined with three-valued
/// And (<paramref name="IsAnd"/>) or Or.
/// </summary>
internal sealed record VerdictRule(BoundExpression? Condition, bool IsAnd, IReadOnlyList<VerdictRule> Children);
