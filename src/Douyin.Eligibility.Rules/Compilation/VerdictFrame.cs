using System.Linq.Expressions;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>Where the code of a fused verdict finds its inputs (typed locals, read once) and the evaluation date.</summary>
internal sealed record VerdictFrame(IReadOnlyList<ParameterExpression> Inputs, Expression AsOf);
