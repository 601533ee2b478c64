using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.History;

namespace Douyin.Eligibility.Tool.Commands.Report.Model;

/// <summary>Reads a <see cref="DailyReportModel"/> from a decision store: the one place <c>report</c> queries the store.</summary>
internal static class StoreReportReader
{
    /// <summary>
    /// The report of every family in <paramref name="store"/> (or only the request's workflow) as of its latest run on
    /// or before the request's date (every family's latest run when it has none).
    /// </summary>
    public static async Task<DailyReportModel> ReadAsync(
        IDecisionStore store,
        IReadOnlyList<EligibilityFamily> families,
        ReportRequest request,
        CancellationToken cancellationToken = default)
    {
        var runs = await store.GetRunsAsync(request.Workflow, cancellationToken).ConfigureAwait(false);
        var reports = new List<FamilyReport>();
        foreach (var group in runs.GroupBy(r => r.Family, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var included = group.Where(r => request.AsOf is not { } limit || r.AsOf <= limit).OrderBy(r => r.AsOf).ToList();
            if (included.Count == 0)
            {
                continue;
            }

            var family = group.Key;
            var day = included[^1];
            var counts = (await store.GetOutcomeCountsAsync(family, cancellationToken).ConfigureAwait(false)).Where(c => c.AsOf <= day.AsOf).ToList();
            var reasons = (await store.GetReasonCountsAsync(family, cancellationToken).ConfigureAwait(false)).Where(c => c.AsOf <= day.AsOf).ToList();
            var changes = await store.GetChangesAsync(family, day.AsOf, cancellationToken).ConfigureAwait(false);
            var atRisk = await store.GetAtRiskAsync(family, day.AsOf, request.Margin, cancellationToken).ConfigureAwait(false);
            var listed = changes.Select(c => c.SubjectId).Concat(atRisk.Select(a => a.SubjectId)).ToHashSet(StringComparer.Ordinal);
            reports.Add(new FamilyReport(
                family,
                day.AsOf,
                included.Count > 1 ? included[^2].AsOf : null,
                day.RuleSetHash,
                day.Decisions,
                included.Select(r => r.AsOf).ToList(),
                Outcomes(EligibilityFamilies.Find(family, families), counts.Select(c => c.Outcome), request.Culture),
                counts,
                reasons,
                changes,
                request.Margin,
                atRisk,
                await store.GetMetricValuesAsync(family, day.AsOf, cancellationToken).ConfigureAwait(false),
                await NamesAsync(store, family, day.AsOf, listed, cancellationToken).ConfigureAwait(false)));
        }

        return new DailyReportModel(store.Location, request.AsOf, request.GeneratedAt, reports);
    }

    /// <summary>
    /// The family's outcomes in its order (the passing one first, then the failing ones by severity), then indeterminate,
    /// then any stored outcome the family does not name (a family this tool does not know: every outcome but
    /// indeterminate is shown as failing, labelled by its name).
    /// </summary>
    internal static IReadOnlyList<OutcomeKind> Outcomes(EligibilityFamily? family, IEnumerable<string> stored, CultureInfo culture)
    {
        var kinds = new List<OutcomeKind>();
        var names = family?.OutcomeNames ?? [];
        foreach (var name in names.Where(n => !IsIndeterminate(n)))
        {
            kinds.Add(kinds.Count == 0
                ? new OutcomeKind(name, family!.GetOutcomeLabel(name, culture), OutcomeTone.Pass, 0)
                : new OutcomeKind(name, family!.GetOutcomeLabel(name, culture), OutcomeTone.Fail, kinds.Count));
        }

        kinds.Add(new OutcomeKind(
            EligibilityFamily.IndeterminateName,
            family?.GetOutcomeLabel(EligibilityFamily.IndeterminateName, culture) ?? EligibilityFamily.IndeterminateName,
            OutcomeTone.Indeterminate,
            0));
        foreach (var name in stored.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            if (!kinds.Exists(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                kinds.Add(new OutcomeKind(name, name, OutcomeTone.Fail, kinds.Count(k => k.Tone == OutcomeTone.Fail) + 1));
            }
        }

        return kinds;
    }

    /// <summary>
    /// The names of <paramref name="subjects"/> on the day, read from their stored snapshots (<c>shopName</c> for a store,
    /// <c>name</c> for a provider). One pass over the day's decisions; only the listed subjects' snapshots are parsed.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> NamesAsync(IDecisionStore store, string family, DateOnly asOf, HashSet<string> subjects, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (subjects.Count == 0)
        {
            return names;
        }

        await foreach (var decision in store.GetDecisionsAsync(family, asOf, cancellationToken).ConfigureAwait(false))
        {
            if (decision.SnapshotJson is { } json && subjects.Contains(decision.SubjectId) && SnapshotName(json) is { Length: > 0 } name)
            {
                names[decision.SubjectId] = name;
            }
        }

        return names;
    }

    /// <summary>The snapshot's <c>shopName</c> or <c>name</c>; null when it has neither or is not a JSON object.</summary>
    internal static string? SnapshotName(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in new[] { "shopName", "name" })
            {
                if (document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsIndeterminate(string name) => string.Equals(name, EligibilityFamily.IndeterminateName, StringComparison.OrdinalIgnoreCase);
}
