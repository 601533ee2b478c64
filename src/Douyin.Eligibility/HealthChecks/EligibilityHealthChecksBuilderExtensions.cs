using Douyin.Eligibility;
using Douyin.Eligibility.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Douyin eligibility health check to a health-check builder.</summary>
public static class EligibilityHealthChecksBuilderExtensions
{
    /// <summary>The name the check is registered under unless another is given: <c>douyin-eligibility</c>.</summary>
    public const string DefaultName = "douyin-eligibility";

    /// <summary>
    /// Adds a check of the container's <see cref="IEligibilityEvaluator"/> (register it with
    /// <c>services.AddDouyinEligibility()</c>): Healthy while the rules in use match their source, and
    /// <paramref name="degradedStatus"/> while the last reload was rejected
    /// (<see cref="RulesReloadStatus.DiskDiffersFromLoaded"/>) or the watcher of the rules directory is down. Its data
    /// hold <c>ruleSetHash</c>, <c>loadedAt</c>, <c>lastAttemptAt</c>, <c>rejectedReloads</c>, <c>diskDiffersFromLoaded</c>,
    /// <c>watchingForChanges</c>, <c>watcherArmed</c> and the first 20 <c>lastErrors</c>.
    /// </summary>
    /// <param name="builder">The health-check builder.</param>
    /// <param name="name">The check's name; null for <see cref="DefaultName"/>.</param>
    /// <param name="degradedStatus">The status reported while the source differs; null for <see cref="HealthStatus.Degraded"/>.</param>
    /// <param name="tags">Tags to filter checks by; null for none.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddDouyinEligibility(this IHealthChecksBuilder builder, string? name = null, HealthStatus? degradedStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name ?? DefaultName,
            provider => new EligibilityHealthCheck(provider.GetRequiredService<IEligibilityEvaluator>()),
            degradedStatus ?? HealthStatus.Degraded,
            tags));
    }
}
