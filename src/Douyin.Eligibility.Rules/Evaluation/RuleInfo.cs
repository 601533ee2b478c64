using System.Text.Json;

namespace Douyin.Eligibility.Rules;

/// <summary>What a rule file says about one rule: its name, codes, source and structure.</summary>
public sealed class RuleInfo
{
    internal RuleInfo(string name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>The RuleName.</summary>
    public string Name { get; }

    /// <summary>Where the rule is defined.</summary>
    public SourceLocation Location { get; }

    /// <summary>The condition as written, for a leaf rule; null for a rule with nested rules.</summary>
    public string? Expression { get; internal init; }

    /// <summary>How nested rules combine, for a rule with nested rules; null for a leaf.</summary>
    public RuleOperator? Operator { get; internal init; }

    /// <summary>The nested rules.</summary>
    public IReadOnlyList<RuleInfo> Children { get; internal init; } = [];

    /// <summary>The stable reason code the rule gives when it does not pass (our <c>ReasonCode</c> field).</summary>
    public string? ReasonCode { get; internal init; }

    /// <summary>The SuccessEvent, reported when the rule passes.</summary>
    public string? SuccessEvent { get; internal init; }

    /// <summary>Where the rule comes from (a regulation, an article).</summary>
    public string? Source { get; internal init; }

    /// <summary>A free-text description.</summary>
    public string? Description { get; internal init; }

    /// <summary>The rule's Properties, as written.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; internal init; } = new Dictionary<string, JsonElement>();

    /// <summary>
    /// The worst-case cost of evaluating the rule once, in steps (see <see cref="ExpressionLimits.MaxCost"/>): for a leaf,
    /// its condition and the params it may compute; for a rule with nested rules, the sum of theirs.
    /// </summary>
    public long Cost { get; internal init; }

    /// <summary>The cultures the rule has messages for (from <c>Messages</c>; <c>ErrorMessage</c> is the fallback).</summary>
    public IReadOnlyCollection<string> MessageCultures { get; internal init; } = [];
}
