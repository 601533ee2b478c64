// The values snapshots compute from the values they read. This file is compiled into Douyin.Eligibility and written
// out, unchanged, by `douyin-eligibility export --to rulesengine`, so the exported data types compute the same values.
// It uses only the base library.
#nullable enable
using System;
using System.Collections.Generic;

namespace Douyin.Eligibility.Snapshots;

/// <summary>The computed members of the snapshots (days since a date, full years, the year's violation points).</summary>
internal static class SnapshotFormulas
{
    /// <summary>Whole days from <paramref name="date"/> to <paramref name="asOf"/>; null when the date is unknown.</summary>
    public static int? DaysSince(DateOnly? date, DateOnly asOf) => date is { } d ? asOf.DayNumber - d.DayNumber : null;

    /// <summary>
    /// Full years from <paramref name="date"/> to <paramref name="asOf"/>: the anniversary on <paramref name="asOf"/>
    /// counts, and a 29 February start has its anniversary on 28 February in common years. Null when the date is unknown.
    /// </summary>
    public static int? FullYearsSince(DateOnly? date, DateOnly asOf)
    {
        if (date is not { } from)
        {
            return null;
        }

        var years = asOf.Year - from.Year;
        return from.AddYears(years) > asOf ? years - 1 : years;
    }

    /// <summary>
    /// The points of the violations dated in <paramref name="asOf"/>'s calendar year up to <paramref name="asOf"/>,
    /// leaving out those whose appeal was upheld; null when one of them has unknown points. Stays within the range of
    /// <see cref="int"/> instead of overflowing.
    /// </summary>
    /// <param name="violations">The violations; null entries are skipped.</param>
    /// <param name="read">Reads a violation's date, points and whether its appeal was upheld.</param>
    /// <param name="asOf">The evaluation date.</param>
    public static int? CurrentYearPoints<T>(IEnumerable<T?> violations, Func<T, (DateOnly Date, int? Points, bool? AppealUpheld)> read, DateOnly asOf)
        where T : class
    {
        var total = 0L;
        foreach (var entry in violations)
        {
            if (entry is null)
            {
                continue;
            }

            var violation = read(entry);
            if (violation.Date.Year != asOf.Year || violation.Date > asOf || violation.AppealUpheld == true)
            {
                continue;
            }

            if (violation.Points is not { } points)
            {
                return null;
            }

            total = Math.Clamp(total + points, int.MinValue, int.MaxValue);
        }

        return (int)total;
    }
}
