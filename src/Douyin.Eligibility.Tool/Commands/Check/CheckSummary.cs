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
        foreach (var code in decision.Reasons.Select(ReasonText.Code).Distinct(StringComparer.Ordinal))
        {
            _reasons[code] = _reasons.GetValueOrDefault(code) + 1;
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
