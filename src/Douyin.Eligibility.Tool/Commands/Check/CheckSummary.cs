using Douyin.Eligibility.Tool.Evaluation;

namespace Douyin.Eligibility.Tool.Commands.Check;

/// <summary>Counts per outcome and per reason code, in constant memory (one counter per distinct outcome and code).</summary>
internal sealed class CheckSummary
{
    private const int TopReasons = 10;
    private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);

    public int Evaluated { get; private set; }

    public void Add(Decision decision)
    {
        Evaluated++;
        _outcomes[decision.Outcome] = _outcomes.GetValueOrDefault(decision.Outcome) + 1;
        foreach (var code in decision.Reasons.Select(r => r.Code).Distinct(StringComparer.Ordinal))
        {
            _reasons[code] = _reasons.GetValueOrDefault(code) + 1;
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
