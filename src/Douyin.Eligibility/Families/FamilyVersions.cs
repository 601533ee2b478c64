using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Families;

/// <summary>
/// A family's workflow versions in one rule set, read once per set (<see cref="EligibilityFamily.Versions"/>): each
/// version's dates in force as day numbers, and its <see cref="WorkflowFacts"/> made on first use. Picking the version for
/// a date is then a loop over integers, with no lookup by name and nothing allocated, whichever dates the snapshots have.
/// </summary>
internal sealed class FamilyVersions
{
    private readonly Workflow[] _versions;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly WorkflowFacts?[] _facts;
    private readonly Type _inputType;

    public FamilyVersions(RuleSet ruleSet, string workflowName, Type inputType)
    {
        RuleSet = ruleSet;
        _inputType = inputType;
        _versions = [.. ruleSet.GetVersions(workflowName)];
        _from = new int[_versions.Length];
        _to = new int[_versions.Length];
        _facts = new WorkflowFacts?[_versions.Length];
        for (var i = 0; i < _versions.Length; i++)
        {
            var w = _versions[i];

            // A disabled version is never in force by date: an empty range.
            (_from[i], _to[i]) = w.IsEnabled ? (w.EffectiveFrom?.DayNumber ?? int.MinValue, w.EffectiveTo?.DayNumber ?? int.MaxValue) : (int.MaxValue, int.MinValue);
        }
    }

    /// <summary>The rule set they belong to.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>How many versions the set has (none: SV022).</summary>
    public int Count => _versions.Length;

    /// <summary>
    /// The first version in force on <paramref name="asOf"/> (as <see cref="Workflow.IsInForce"/> says, in the set's
    /// order), with its facts; -1 when none is.
    /// </summary>
    public int IndexInForce(DateOnly asOf)
    {
        var day = asOf.DayNumber;
        for (var i = 0; i < _from.Length; i++)
        {
            if (_from[i] <= day && day <= _to[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Version <paramref name="index"/>.</summary>
    public Workflow this[int index] => _versions[index];

    /// <summary>The facts of version <paramref name="index"/>, read on first use.</summary>
    public WorkflowFacts Facts(int index)
        => Volatile.Read(ref _facts[index]) ?? (Interlocked.CompareExchange(ref _facts[index], new WorkflowFacts(_versions[index], _inputType), null) ?? _facts[index]!);
}
