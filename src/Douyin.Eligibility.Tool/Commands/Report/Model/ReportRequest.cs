using System.Globalization;

namespace Douyin.Eligibility.Tool.Commands.Report.Model;

/// <summary>What a report is asked for: <c>report</c>'s options.</summary>
/// <param name="Workflow">Only this family; null for every family in the store.</param>
/// <param name="AsOf">The last day shown; null for each family's latest run.</param>
/// <param name="Margin">The at-risk margin (a fraction of the threshold).</param>
/// <param name="Culture">The report's language.</param>
/// <param name="GeneratedAt">When the report is made (UTC), as its header shows it.</param>
internal sealed record ReportRequest(string? Workflow, DateOnly? AsOf, decimal Margin, CultureInfo Culture, DateTimeOffset GeneratedAt);
