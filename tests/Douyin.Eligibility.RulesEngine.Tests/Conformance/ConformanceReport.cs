using System.Globalization;
using System.Text;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Testing.Conformance;

/// <summary>
/// The counts of a conformance run: cases, rule outcomes compared (by the built-in engine's outcome), disagreements,
/// with the first few kept in full; workflows that did not translate; decisions compared and differing.
/// </summary>
public sealed class ConformanceReport
{
    private readonly int _keep;
    private readonly List<Disagreement> _first = [];
    private readonly List<string> _decisionDifferences = [];
    private readonly Dictionary<string, long> _kinds = new(StringComparer.Ordinal);
    private readonly long[] _byOutcome = new long[Enum.GetValues<RuleOutcome>().Cast<int>().Max() + 1];

    /// <summary>Creates an empty report that keeps the first <paramref name="keep"/> disagreements in full.</summary>
    public ConformanceReport(int keep = 10) => _keep = keep;

    /// <summary>Cases (one input at one date, run on one workflow version).</summary>
    public long Evaluations { get; private set; }

    /// <summary>Rule outcomes compared.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Rule outcomes on which the backends differ.</summary>
    public long Disagreements { get; private set; }

    /// <summary>The first disagreements, in the order found.</summary>
    public IReadOnlyList<Disagreement> FirstDisagreements => _first;

    /// <summary>How many disagreements of each kind (workflow version, rule, the two outcomes) were found.</summary>
    public IReadOnlyDictionary<string, long> DisagreementKinds => _kinds;

    /// <summary>Workflow versions the translator did not translate (with its diagnostics), and cases RulesEngine threw on.</summary>
    public List<string> Failures { get; } = [];

    /// <summary>Decisions compared.</summary>
    public long Decisions { get; private set; }

    /// <summary>Decisions on which the backends differ.</summary>
    public long DecisionsDiffering { get; private set; }

    /// <summary>The first differing decisions, described.</summary>
    public IReadOnlyList<string> FirstDecisionDifferences => _decisionDifferences;

    /// <summary>Whether everything compared agreed and everything translated.</summary>
    public bool AllAgree => Disagreements == 0 && DecisionsDiffering == 0 && Failures.Count == 0;

    /// <summary>How many compared rule outcomes the built-in engine gave as <paramref name="outcome"/>.</summary>
    public long Count(RuleOutcome outcome) => _byOutcome[(int)outcome];

    internal void Evaluated() => Evaluations++;

    internal void Compared(RuleOutcome builtIn, Disagreement? disagreement)
    {
        Comparisons++;
        _byOutcome[(int)builtIn]++;
        if (disagreement is not null)
        {
            Disagreements++;
            var kind = $"{disagreement.Workflow} / {disagreement.Rule}: built-in {disagreement.BuiltIn}, RulesEngine {disagreement.RulesEngine}";
            _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;
            if (_first.Count < _keep)
            {
                _first.Add(disagreement);
            }
        }
    }

    /// <summary>Counts one decision compared, and its difference when there is one.</summary>
    public void Decided(string? difference)
    {
        Decisions++;
        if (difference is not null)
        {
            DecisionsDiffering++;
            if (_decisionDifferences.Count < _keep)
            {
                _decisionDifferences.Add(difference);
            }
        }
    }

    /// <summary>Adds <paramref name="other"/>'s counts to this report.</summary>
    public void Add(ConformanceReport other)
    {
        Evaluations += other.Evaluations;
        Comparisons += other.Comparisons;
        Disagreements += other.Disagreements;
        Decisions += other.Decisions;
        DecisionsDiffering += other.DecisionsDiffering;
        for (var i = 0; i < _byOutcome.Length; i++)
        {
            _byOutcome[i] += other._byOutcome[i];
        }

        _first.AddRange(other._first.Take(Math.Max(0, _keep - _first.Count)));
        _decisionDifferences.AddRange(other._decisionDifferences.Take(Math.Max(0, _keep - _decisionDifferences.Count)));
        Failures.AddRange(other.Failures);
        foreach (var (kind, count) in other._kinds)
        {
            _kinds[kind] = _kinds.GetValueOrDefault(kind) + count;
        }
    }

    /// <summary>One line of counts.</summary>
    public string Summary()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Evaluations:N0} evaluations, {Comparisons:N0} rule outcomes compared (built-in: {Count(RuleOutcome.Passed):N0} passed, {Count(RuleOutcome.Failed):N0} failed, "
            + $"{Count(RuleOutcome.Indeterminate):N0} indeterminate, {Count(RuleOutcome.Error):N0} error), {Comparisons - Disagreements:N0} agree, {Disagreements:N0} disagree; "
            + $"{Decisions:N0} decisions compared, {DecisionsDiffering:N0} differ; {Failures.Count} failures");

    /// <summary>The summary, the failures and the first disagreements in full.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Summary());
        foreach (var failure in Failures.Take(_keep))
        {
            text.AppendLine().Append("failure: ").Append(failure);
        }

        foreach (var (kind, count) in _kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"{count,8:N0} x {kind}");
        }

        foreach (var disagreement in _first)
        {
            text.AppendLine().Append("disagreement: ").Append(disagreement);
        }

        foreach (var difference in _decisionDifferences)
        {
            text.AppendLine().Append("decision: ").Append(difference);
        }

        return text.ToString();
    }
}
