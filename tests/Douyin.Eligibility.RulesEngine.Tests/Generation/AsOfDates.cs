using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Testing.Generation;

/// <summary>
/// The evaluation dates generated snapshots are spread over: uniformly from <see cref="From"/> to <see cref="To"/>,
/// and a share on or a day either side of <see cref="Boundaries"/> (the first and last day each rule version is in
/// force, and the turn of each year, which <c>StartOfYear</c> rules and yearly points depend on).
/// </summary>
/// <param name="From">The first date.</param>
/// <param name="To">The last date.</param>
/// <param name="Boundaries">Dates to hit often.</param>
public sealed record AsOfDates(DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Boundaries)
{
    /// <summary>Any date in the range the shipped rules cover, with no boundaries (for a family whose versions are not known).</summary>
    public static AsOfDates Default { get; } = new(new DateOnly(2020, 1, 1), new DateOnly(2027, 12, 31), []);

    /// <summary>
    /// Dates covering every version of <paramref name="versions"/>: from <paramref name="marginDays"/> before the first
    /// one starts to two years after the last start (or end), hitting each version's first and last day and each 1 January.
    /// </summary>
    /// <param name="versions">The workflow versions of one family.</param>
    /// <param name="marginDays">How far before the first version the dates start (dates no version covers).</param>
    public static AsOfDates Covering(IEnumerable<Workflow> versions, int marginDays = 30)
    {
        var list = versions.ToList();
        var starts = list.Select(w => w.EffectiveFrom).OfType<DateOnly>().ToList();
        var ends = list.Select(w => w.EffectiveTo).OfType<DateOnly>().ToList();
        var from = (starts.Count > 0 ? starts.Min() : Default.From).AddDays(-marginDays);
        var to = starts.Concat(ends).DefaultIfEmpty(Default.To).Max().AddYears(2);
        var boundaries = starts.Concat(ends)
            .Concat(Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(y => new DateOnly(y, 1, 1)))
            .Distinct()
            .Order()
            .ToArray();
        return new AsOfDates(from, to, boundaries);
    }

    /// <summary>The next date: a boundary (or a day beside it) about one time in six, else uniform in the range.</summary>
    /// <param name="random">The generator's random source.</param>
    public DateOnly Next(Random random)
    {
        if (Boundaries.Count > 0 && random.Chance(1.0 / 6))
        {
            return RandomValues.Clamp(random.Pick([.. Boundaries]).AddDays(random.Next(-1, 2)), From, To);
        }

        return random.Between(From, To);
    }
}
