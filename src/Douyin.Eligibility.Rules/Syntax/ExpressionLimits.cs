namespace Douyin.Eligibility.Rules;

/// <summary>
/// Bounds checked when rule files are loaded, so that no rule file can exhaust the stack, the memory or the time of
/// the host. Every bound, its default and what happens past it are listed in docs/limits.md.
/// </summary>
public sealed record ExpressionLimits
{
    /// <summary>Longest expression, in characters. Default 4,000 (DE2005).</summary>
    public int MaxLength { get; init; } = 4_000;

    /// <summary>Deepest nesting of one expression's tree. Default 100 (DE2006).</summary>
    public int MaxDepth { get; init; } = 100;

    /// <summary>
    /// Deepest chain of params that use params (<c>P3 = P2 + 1</c>, <c>P2 = P1 * 2</c> … is a chain of 3). Each level
    /// is computed by its own compiled code, one call inside the other. Default 32 (DE2009).
    /// </summary>
    public int MaxParamNesting { get; init; } = 32;

    /// <summary>
    /// Highest worst-case cost of one rule (its condition and every param it may compute), in steps: each value read or
    /// operator is one, a loop over a collection costs its declared maximum size times its body, and building or
    /// searching strings costs their maximum lengths. Default 10,000,000 (DE2010): a few tens of milliseconds at worst.
    /// </summary>
    public long MaxCost { get; init; } = 10_000_000;

    /// <summary>Highest worst-case cost of one workflow: the sum over its rules. Default 100,000,000 (DE2010).</summary>
    public long MaxWorkflowCost { get; init; } = 100_000_000;

    /// <summary>
    /// The most elements a collection is assumed to hold, for a member that declares no
    /// <see cref="System.ComponentModel.DataAnnotations.MaxLengthAttribute"/> and has no entry in
    /// <see cref="RuleSetOptions.MaxSizes"/>. At run time a longer collection makes the rule an Error. Default 1,000.
    /// </summary>
    public int DefaultMaxCollectionSize { get; init; } = 1_000;

    /// <summary>
    /// The longest a string is assumed to be, for a member that declares no maximum (see
    /// <see cref="DefaultMaxCollectionSize"/>). At run time a longer string makes the rule an Error. Default 16,384.
    /// </summary>
    public int DefaultMaxStringLength { get; init; } = 16_384;

    /// <summary>Longest rule file, in characters; a longer one is reported (DE1019) and not parsed. Default 8,388,608 (8 Mi).</summary>
    public int MaxFileLength { get; init; } = 8 * 1024 * 1024;

    /// <summary>Most rules a workflow may hold once its WorkflowsToInject are expanded. Default 10,000 (DE4004).</summary>
    public int MaxRulesPerWorkflow { get; init; } = 10_000;
}
