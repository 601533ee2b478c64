using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// One rule's part in a decision: its code, its message in the caller's culture and, when the evaluation was
/// explained, the value it observed, the threshold and the smallest change that would pass it.
/// </summary>
public sealed class DecisionReason
{
    private readonly RuleResult _result;
    private readonly CultureInfo _culture;
    private string? _message;

    /// <summary>A reason whose message is formatted on first read: most checks of a batch are never printed.</summary>
    internal DecisionReason(RuleResult result, CultureInfo culture)
    {
        RuleName = result.Name;
        Outcome = result.Outcome;
        _result = result;
        _culture = culture;
    }

    /// <summary>The rule's stable <c>ReasonCode</c> (e.g. <c>ALLIANCE_STORE_SCORE_TOO_LOW</c>); null when the rule has none.</summary>
    public string? Code { get; internal init; }

    /// <summary>The rule's message in the decision's culture, placeholders filled in; the rule name when it has no message.</summary>
    public string Message => _message ??= _result.GetMessage(_culture) ?? RuleName;

    /// <summary>The <c>RuleName</c>.</summary>
    public string RuleName { get; }

    /// <summary>How the rule came out: Passed, Failed, Indeterminate or Error.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>The observed value of the rule's deciding comparison (explained evaluations only); null when unknown.</summary>
    public object? Observed { get; internal init; }

    /// <summary>The threshold of the rule's deciding comparison (explained evaluations only).</summary>
    public object? Threshold { get; internal init; }

    /// <summary>The deciding comparison with its values, e.g. <c>merchant.StoreScore (4.05) &gt; MinStoreScore (4.1) → false</c>.</summary>
    public string? Condition { get; internal init; }

    /// <summary>For a failed numeric comparison: the smallest change that passes it (explained evaluations only).</summary>
    public ConditionGap? Gap { get; internal init; }

    /// <summary>For an indeterminate rule: the values it needed that the snapshot lacks, as the rule reads them (e.g. <c>merchant.StoreScore</c>).</summary>
    public IReadOnlyList<string> MissingFields { get; internal init; } = [];

    /// <summary>For <see cref="RuleOutcome.Error"/>: what went wrong.</summary>
    public string? ErrorMessage { get; internal init; }

    /// <summary>Where the rule comes from (article, regulation), as written in the rule file.</summary>
    public string? Source { get; internal init; }

    /// <inheritdoc />
    public override string ToString() => $"{Code ?? RuleName} ({Outcome}): {Message}";
}
