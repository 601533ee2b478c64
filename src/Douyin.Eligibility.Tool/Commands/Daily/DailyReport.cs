using System.Globalization;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.History;
using Douyin.Eligibility.History.Queries;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tool.Commands.Daily;

/// <summary>
/// What <c>daily</c> prints about a day, read back from the store: outcome counts, the changes since the previous run
/// (newly failing, recovered, still failing with day counts, new, gone), the subjects at risk, and the openings counted
/// from the history against the rules' limit.
/// </summary>
internal sealed class DailyReport(IDecisionStore store, EligibilityFamily family, CultureInfo culture, TextWriter output)
{
    /// <summary>Rows shown per list; the count is always the full one.</summary>
    internal const int MaxRows = 50;

    public void Write(DateOnly asOf, decimal margin, int? openingsLimit)
    {
        var name = family.WorkflowName;
        var previous = StoreAccess.Wait(store.GetPreviousRunAsync(name, asOf), culture);
        output.WriteLine(previous is null
            ? ToolText.Get(culture, "Daily_Header_First", name, TraceEntry.FormatValue(asOf))
            : ToolText.Get(culture, "Daily_Header", name, TraceEntry.FormatValue(asOf), TraceEntry.FormatValue(previous.AsOf)));

        var counts = StoreAccess.Wait(store.GetOutcomeCountsAsync(name), culture).Where(c => c.AsOf == asOf);
        output.WriteLine("  " + string.Join(", ", counts.Select(c => $"{family.GetOutcomeLabel(c.Outcome, culture)} {c.Count}")));

        var changes = StoreAccess.Wait(store.GetChangesAsync(name, asOf), culture);
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            var rows = changes.Where(c => c.Kind == kind).ToList();
            output.WriteLine();
            output.WriteLine(ToolText.Get(culture, ChangeHeading(kind), rows.Count));
            foreach (var change in rows.Take(MaxRows))
            {
                output.WriteLine(ToolText.Get(
                    culture,
                    "Daily_ChangeRow",
                    change.SubjectId,
                    Outcome(change.PreviousOutcome),
                    Outcome(change.Outcome),
                    change.DaysFailing,
                    change.ReasonCodes.Count > 0 ? string.Join(", ", change.ReasonCodes) : "-"));
            }

            More(rows.Count);
        }

        var atRisk = StoreAccess.Wait(store.GetAtRiskAsync(name, asOf, margin), culture);
        output.WriteLine();
        output.WriteLine(ToolText.Get(culture, "Daily_AtRisk", atRisk.Select(a => a.SubjectId).Distinct(StringComparer.Ordinal).Count(), atRisk.Count, margin.ToString("0.##%", CultureInfo.InvariantCulture)));
        foreach (var risk in atRisk.Take(MaxRows))
        {
            output.WriteLine(ToolText.Get(culture, "Daily_AtRiskRow", risk.SubjectId, risk.Field, TraceEntry.FormatValue(risk.Observed), risk.Operator, TraceEntry.FormatValue(risk.Threshold), TraceEntry.FormatValue(risk.Distance), risk.Code));
        }

        More(atRisk.Count);
        if (openingsLimit is { } limit)
        {
            WriteOpenings(asOf, limit);
        }
    }

    private void WriteOpenings(DateOnly asOf, int limit)
    {
        var openings = StoreAccess.Wait(store.GetOpeningsAsync(family.WorkflowName, asOf), culture);
        var reopened = openings.Where(o => o.Openings > 1).ToList();
        output.WriteLine();
        output.WriteLine(ToolText.Get(culture, "Daily_Openings", openings.Count, reopened.Count, openings.Count(o => o.Openings >= limit), limit));
        foreach (var opening in reopened.Take(MaxRows))
        {
            output.WriteLine(ToolText.Get(culture, opening.Openings >= limit ? "Daily_OpeningsRow_AtLimit" : "Daily_OpeningsRow", opening.SubjectId, opening.Openings, TraceEntry.FormatValue(opening.LastOpened), Math.Max(0, limit - opening.Openings)));
        }

        More(reopened.Count);
    }

    private void More(int count)
    {
        if (count > MaxRows)
        {
            output.WriteLine(ToolText.Get(culture, "Daily_More", count - MaxRows));
        }
    }

    private string Outcome(string? outcome) => outcome is null ? "-" : family.GetOutcomeLabel(outcome, culture);

    /// <summary>The catalog key of the heading of one kind of change (each key written once, at its call site).</summary>
    private static string ChangeHeading(ChangeKind kind) => kind switch
    {
        ChangeKind.NewlyFailing => "Daily_Change_NewlyFailing",
        ChangeKind.Recovered => "Daily_Change_Recovered",
        ChangeKind.StillFailing => "Daily_Change_StillFailing",
        ChangeKind.NewFailing => "Daily_Change_NewFailing",
        _ => "Daily_Change_Gone",
    };
}
