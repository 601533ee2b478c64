namespace Douyin.Eligibility.Benchmarks.Admission;

/// <summary>
/// The functions the RulesEngine translation of AllianceAdmission needs and Dynamic LINQ lacks, registered through
/// <c>ReSettings.CustomTypes</c> (the approach of issue #10). Same window convention as the engine: a date d is in
/// the last N days when AsOf - N &lt; d &lt;= AsOf.
/// </summary>
public static class AdmissionFunctions
{
    /// <summary>Whether <paramref name="date"/> is in the last <paramref name="days"/> days ending on <paramref name="asOf"/>.</summary>
    public static bool WithinLastDays(DateOnly date, DateOnly asOf, int days)
        => date.DayNumber > asOf.DayNumber - days && date.DayNumber <= asOf.DayNumber;

    /// <summary>Whether <paramref name="date"/> is known and on or before <paramref name="asOf"/> + <paramref name="offsetDays"/>.</summary>
    public static bool OnOrBefore(DateOnly? date, DateOnly asOf, int offsetDays)
        => date is { } d && d.DayNumber <= asOf.DayNumber + offsetDays;
}
