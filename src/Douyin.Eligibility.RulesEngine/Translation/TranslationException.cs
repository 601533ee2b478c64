using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>A node the translator has no exact Dynamic LINQ form for; it becomes a DE7001 diagnostic at the node.</summary>
internal sealed class TranslationException(BoundExpression node, string what) : Exception(what)
{
    public BoundExpression Node { get; } = node;

    /// <summary>What could not be translated, in English words for the diagnostic (e.g. <c>member access on a computed value</c>).</summary>
    public string What { get; } = what;
}
