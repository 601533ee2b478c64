using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Tool.Commands.Check.Output;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>Counts per outcome and per reason code, in constant memory (one counter per distinct outcome and code).</summary>
internal sealed class CheckSummary
{
    private const int TopReasons = 10;
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);

    public int Evaluated { get; private set; }

    /// <summary>Counts one decision under <paramref name="outcome"/> (its compared outcome) and its reason codes.</summary>
    public void Add(string outcome, EligibilityDecision decision)
    {
        Evaluated++;
        _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
        var reasons = decision.Reasons;
        for (var i = 0; i < reasons.Count; i++)
        {
            var code = ReasonText.Code(reasons[i]);
            if (!Seen(reasons, i, code))
            {
                _reasons[code] = _reasons.GetValueOrDefault(code) + 1;
            }
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (another worker's) to these.</summary>
    public void Add(CheckSummary other)
    {
        Evaluated += other.Evaluated;
        foreach (var (outcome, count) in other._outcomes)
        {
            _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + count;
        }

        foreach (var (code, count) in other._reasons)
        {
            _reasons[code] = _reasons.GetValueOrDefault(code) + count;
        }
    }

    // Whether a reason before the i-th has the same code (a decision counts under a code once).
    private static bool Seen(IReadOnlyList<DecisionReason> reasons, int i, string code)
    {
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(ReasonText.Code(reasons[j]), code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public void Write(TextWriter output, int invalid)
    {
        output.WriteLine($"Summary: {Evaluated} evaluated, {invalid} invalid");
        foreach (var (outcome, count) in _outcomes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {outcome,-24} {count,8}");
        }

        if (_reasons.Count == 0)
        {
            return;
        }

        output.WriteLine("Top failure reasons:");
        foreach (var (code, count) in _reasons.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(TopReasons))
        {
            output.WriteLine($"  {code,-40} {count,8}");
        }
    }
}
