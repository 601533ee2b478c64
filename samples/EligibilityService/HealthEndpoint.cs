using Douyin.Eligibility;

namespace EligibilityService;

/// <summary>
/// <c>GET /health</c>: status, where the rules come from, the rule-set content hash, every workflow version and the
/// reload state. The status is <c>Degraded</c> (still 200: decisions are served, with the last good rules) while the
/// rules directory differs from the rules in use (the last reload was rejected: broken, incomplete, unreadable or
/// deleted) or the watcher is down; otherwise <c>Healthy</c>.
/// </summary>
internal static class HealthEndpoint
{
    /// <summary>At most this many errors of the last rejected reload are listed.</summary>
    private const int MaxErrorsShown = 20;

    public static void MapHealthEndpoint(this WebApplication app, string? rulesDirectory)
        => app.MapGet("/health", (EligibilityEvaluator evaluator) =>
        {
            var ruleSet = evaluator.CurrentRuleSet;
            var reload = evaluator.ReloadStatus;
            var watcherDown = evaluator.IsWatchingForChanges && !reload.IsWatcherArmed;
            return Results.Ok(new
            {
                status = reload.DiskDiffersFromLoaded || watcherDown ? "Degraded" : "Healthy",
                rules = rulesDirectory ?? "embedded",
                watchingForChanges = evaluator.IsWatchingForChanges,
                ruleSetHash = ruleSet.ContentHash,
                warnings = ruleSet.Warnings.Count,
                reload = new
                {
                    diskDiffersFromLoaded = reload.DiskDiffersFromLoaded,
                    watcherArmed = reload.IsWatcherArmed,
                    lastAttemptAt = reload.LastAttemptAt,
                    rejectedReloads = reload.RejectedReloads,
                    lastErrors = reload.LastErrors.Take(MaxErrorsShown).Select(d => d.ToString()).ToList(),
                },
                workflows = ruleSet.Workflows
                    .OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.EffectiveFrom)
                    .Select(w => new { name = w.Name, version = w.Version, effectiveFrom = w.EffectiveFrom, effectiveTo = w.EffectiveTo, enabled = w.IsEnabled })
                    .ToList(),
            });
        });
}
