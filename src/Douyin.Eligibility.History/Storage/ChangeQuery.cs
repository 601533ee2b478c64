using Douyin.Eligibility.History.Queries;

namespace Douyin.Eligibility.History.Storage;

/// <summary>
/// <see cref="IDecisionStore.GetChangesAsync"/>: one day against the latest run before it, and for each subject failing now
/// the consecutive days failing, counted back run by run until none is left failing.
/// </summary>
internal static class ChangeQuery
{
    public static async Task<IReadOnlyList<SubjectChange>> RunAsync(SqlDecisionStore store, string family, DateOnly asOf, CancellationToken cancellationToken)
    {
        var current = await store.SubjectStatesAsync(family, asOf, cancellationToken).ConfigureAwait(false);
        var runs = (await store.GetRunsAsync(family, cancellationToken).ConfigureAwait(false)).Where(r => r.AsOf < asOf).Select(r => r.AsOf).Reverse().ToList();
        var previous = runs.Count > 0 ? await store.SubjectStatesAsync(family, runs[0], cancellationToken).ConfigureAwait(false) : [];
        var reasons = await ReasonsAsync(store, family, asOf, cancellationToken).ConfigureAwait(false);

        // Consecutive failing days: 1 for today, plus each earlier run, newest first, while the subject failed in it.
        var days = current.Where(s => !s.Value.Passed).ToDictionary(s => s.Key, _ => 1, StringComparer.Ordinal);
        var counting = new HashSet<string>(days.Keys, StringComparer.Ordinal);
        for (var i = 0; i < runs.Count && counting.Count > 0; i++)
        {
            var states = i == 0 ? previous : await store.SubjectStatesAsync(family, runs[i], cancellationToken).ConfigureAwait(false);
            counting.RemoveWhere(s => !states.TryGetValue(s, out var state) || state.Passed);
            foreach (var subject in counting)
            {
                days[subject]++;
            }
        }

        var changes = new List<SubjectChange>();
        foreach (var (subject, now) in current)
        {
            var had = previous.TryGetValue(subject, out var before);
            ChangeKind? kind = (had, before.Passed, now.Passed) switch
            {
                (true, true, false) => ChangeKind.NewlyFailing,
                (true, false, true) => ChangeKind.Recovered,
                (true, false, false) => ChangeKind.StillFailing,
                (false, _, false) => ChangeKind.NewFailing,
                _ => null,
            };
            if (kind is { } k)
            {
                changes.Add(new SubjectChange(subject, k, had ? before.Outcome : null, now.Outcome, days.GetValueOrDefault(subject), reasons.GetValueOrDefault(subject) ?? []));
            }
        }

        foreach (var (subject, before) in previous)
        {
            if (!current.ContainsKey(subject))
            {
                changes.Add(new SubjectChange(subject, ChangeKind.Gone, before.Outcome, null, 0, []));
            }
        }

        return [.. changes.OrderBy(c => c.Kind).ThenByDescending(c => c.DaysFailing).ThenBy(c => c.SubjectId, StringComparer.Ordinal)];
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> ReasonsAsync(SqlDecisionStore store, string family, DateOnly asOf, CancellationToken cancellationToken)
    {
        var runId = await store.RunIdAsync(family, asOf, cancellationToken).ConfigureAwait(false);
        if (runId is null)
        {
            return [];
        }

        var (lo, hi) = SqlDecisionStore.Range(runId.Value);
        var rows = await store.QueryAsync(
            "SELECT d.subject_id, k.code FROM conditions c JOIN condition_kinds k ON k.kind_id = c.kind_id JOIN decisions d ON d.decision_id = c.decision_id "
            + "WHERE c.decision_id BETWEEN @lo AND @hi AND c.outcome <> 'Passed' ORDER BY c.decision_id, c.seq",
            r => (Subject: r.GetString(0), Code: r.GetString(1)),
            cancellationToken,
            ("lo", lo),
            ("hi", hi)).ConfigureAwait(false);
        return rows.GroupBy(r => r.Subject, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Code).ToList(), StringComparer.Ordinal);
    }
}
