namespace Douyin.Eligibility.Rules;

/// <summary>Bounds on one expression, checked at load time so that no rule file can exhaust the stack or memory.</summary>
public sealed record ExpressionLimits
{
    /// <summary>Longest expression, in characters. Default 4,000.</summary>
    public int MaxLength { get; init; } = 4_000;

    /// <summary>Deepest nesting of the expression tree. Default 100.</summary>
    public int MaxDepth { get; init; } = 100;

    /// <summary>
    /// Most nodes an expression may compile to once the params it uses are expanded in place (params that use params
    /// can multiply). Default 20,000.
    /// </summary>
    public int MaxExpandedSize { get; init; } = 20_000;
}
