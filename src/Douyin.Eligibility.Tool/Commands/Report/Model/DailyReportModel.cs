namespace Douyin.Eligibility.Tool.Commands.Report.Model;

/// <summary>
/// What <c>report</c> shows, read from a decision store once (<see cref="StoreReportReader"/>) and rendered without touching
/// the store again (<see cref="Html.HtmlReportRenderer"/>), so the renderer is tested on plain values.
/// </summary>
/// <param name="StoreLocation">Where the store is (a file, or a connection string without its password), as the header shows it.</param>
/// <param name="RequestedAsOf">The <c>--as-of</c> date; null for each family's latest run.</param>
/// <param name="GeneratedAt">When the report was made (UTC).</param>
/// <param name="Families">One entry per family with a completed run on or before the date, in workflow-name order; empty for an empty store.</param>
internal sealed record DailyReportModel(string StoreLocation, DateOnly? RequestedAsOf, DateTimeOffset GeneratedAt, IReadOnlyList<FamilyReport> Families);
