namespace Douyin.Eligibility.Decisions;

/// <summary>
/// The renewal scorecard: each criterion earns the points of its highest band that passed; the total must reach the
/// workflow's <c>ScorecardPassMark</c>.
/// </summary>
public sealed class Scorecard
{
    internal Scorecard(IReadOnlyList<ScorecardCriterion> criteria, decimal passMark, bool isPassMarkAssumed = false)
    {
        Criteria = criteria;
        PassMark = passMark;
        IsPassMarkAssumed = isPassMarkAssumed;
        Total = criteria.Sum(c => c.Points);
        MaxTotal = criteria.Sum(c => c.MaxPoints);
        PossibleTotal = criteria.Sum(c => c.PossiblePoints);
    }

    /// <summary>The criteria, in the order their first band appears in the rule file.</summary>
    public IReadOnlyList<ScorecardCriterion> Criteria { get; }

    /// <summary>Points earned.</summary>
    public decimal Total { get; }

    /// <summary>The most points the scorecard can give.</summary>
    public decimal MaxTotal { get; }

    /// <summary>Points earned plus the points of bands that could not be judged: the best the missing data could give.</summary>
    public decimal PossibleTotal { get; }

    /// <summary>The total needed to pass (the GlobalParam <c>ScorecardPassMark</c>; 0 when the workflow has none).</summary>
    public decimal PassMark { get; }

    /// <summary>
    /// True when <see cref="PassMark"/> is an assumption (listed in the workflow's <c>Properties.Assumptions</c>, as the
    /// shipped 60 is): a renewal refused by the scorecard rests on it, and so does each band reason
    /// (<see cref="DecisionReason.IsAssumption"/>).
    /// </summary>
    public bool IsPassMarkAssumed { get; }

    /// <summary>True when <see cref="Total"/> reaches <see cref="PassMark"/>.</summary>
    public bool Passed => Total >= PassMark;

    /// <summary>True when the scorecard has not passed yet but bands that could not be judged could still lift it to the pass mark.</summary>
    public bool IsIndeterminate => !Passed && PossibleTotal >= PassMark;
}

/// <summary>One scorecard criterion (e.g. click-through rate) and the band it reached.</summary>
public sealed class ScorecardCriterion
{
    internal ScorecardCriterion(string name, decimal points, decimal maxPoints, decimal possiblePoints, string? bandReached)
    {
        Name = name;
        Points = points;
        MaxPoints = maxPoints;
        PossiblePoints = possiblePoints;
        BandReached = bandReached;
    }

    /// <summary>The criterion name (the bands' <c>Properties.Criterion</c>).</summary>
    public string Name { get; }

    /// <summary>Points earned: those of the highest band that passed, 0 when none passed.</summary>
    public decimal Points { get; }

    /// <summary>The points of the criterion's highest band.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The points of the highest band that passed or could not be judged.</summary>
    public decimal PossiblePoints { get; }

    /// <summary>The <c>RuleName</c> of the band reached; null when none.</summary>
    public string? BandReached { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Points}/{MaxPoints}{(BandReached is null ? string.Empty : $" ({BandReached})")}";
}
