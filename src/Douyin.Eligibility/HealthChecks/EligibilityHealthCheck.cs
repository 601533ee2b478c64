using Douyin.Eligibility.Resources;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Douyin.Eligibility.HealthChecks;

/// <summary>
/// Healthy while the evaluator's rules match their source; Degraded (decisions are still made, with the last good
/// rules) while the last reload was rejected (<see cref="RulesReloadStatus.DiskDiffersFromLoaded"/>) or the watcher of
/// the rules directory is down. The data name the rule set's hash and the reload state.
/// </summary>
internal sealed class EligibilityHealthCheck(IEligibilityEvaluator evaluator) : IHealthCheck
{
    /// <summary>At most this many errors of the last rejected reload are listed in the data.</summary>
    internal const int MaxErrorsShown = 20;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = evaluator.ReloadStatus;
        var watcherDown = evaluator.IsWatchingForChanges && !status.IsWatcherArmed;
        var data = new Dictionary<string, object>
        {
            ["ruleSetHash"] = status.LoadedHash,
            ["loadedAt"] = status.LoadedAt,
            ["watchingForChanges"] = evaluator.IsWatchingForChanges,
            ["watcherArmed"] = status.IsWatcherArmed,
            ["diskDiffersFromLoaded"] = status.DiskDiffersFromLoaded,
            ["rejectedReloads"] = status.RejectedReloads,
            ["lastErrors"] = status.LastErrors.Take(MaxErrorsShown).Select(d => d.ToString()).ToArray(),
        };
        if (status.LastAttemptAt is { } attempt)
        {
            data["lastAttemptAt"] = attempt;
        }

        var degradedStatus = context?.Registration?.FailureStatus ?? HealthStatus.Degraded;
        var result = status.DiskDiffersFromLoaded
            ? new HealthCheckResult(degradedStatus, Catalog.Text("Health_Degraded", status.LoadedHash, status.LastErrors.Count).ToString(), data: data)
            : watcherDown
                ? new HealthCheckResult(degradedStatus, Catalog.Text("Health_WatcherDown", status.LoadedHash).ToString(), data: data)
                : HealthCheckResult.Healthy(Catalog.Text("Health_Healthy", status.LoadedHash).ToString(), data);
        return Task.FromResult(result);
    }
}
