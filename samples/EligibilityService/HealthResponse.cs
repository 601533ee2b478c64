using System.Text.Json;
using Douyin.Eligibility;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EligibilityService;

/// <summary>
/// The body of <c>GET /health</c> (<c>MapHealthChecks</c> with the library's check, <c>AddDouyinEligibility()</c> on
/// the health-check builder): the overall status (<c>Healthy</c>, or <c>Degraded</c> — still 200, decisions are served
/// with the last good rules — while the last reload was rejected or the watcher is down), where the rules come from,
/// the check's data (the rule-set hash and the reload state, under <c>reload</c>), and every workflow version in use.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var evaluator = context.RequestServices.GetRequiredService<IEligibilityEvaluator>();
        var rules = context.RequestServices.GetRequiredService<RulesLocation>().Description;
        var check = report.Entries.TryGetValue(Microsoft.Extensions.DependencyInjection.EligibilityHealthChecksBuilderExtensions.DefaultName, out var entry) ? entry : default;
        var data = check.Data ?? new Dictionary<string, object>();
        var ruleSet = evaluator.CurrentRuleSet;
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["description"] = check.Description,
            ["rules"] = rules,
            ["watchingForChanges"] = Get(data, "watchingForChanges"),
            ["ruleSetHash"] = Get(data, "ruleSetHash"),
            ["warnings"] = ruleSet.Warnings.Count,
            ["reload"] = new Dictionary<string, object?>
            {
                ["diskDiffersFromLoaded"] = Get(data, "diskDiffersFromLoaded"),
                ["watcherArmed"] = Get(data, "watcherArmed"),
                ["loadedAt"] = Get(data, "loadedAt"),
                ["lastAttemptAt"] = Get(data, "lastAttemptAt"),
                ["rejectedReloads"] = Get(data, "rejectedReloads"),
                ["lastErrors"] = Get(data, "lastErrors"),
            },
            ["workflows"] = ruleSet.Workflows
                .OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.EffectiveFrom)
                .Select(w => new { name = w.Name, version = w.Version, effectiveFrom = w.EffectiveFrom, effectiveTo = w.EffectiveTo, enabled = w.IsEnabled })
                .ToList(),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static object? Get(IReadOnlyDictionary<string, object> data, string key) => data.TryGetValue(key, out var value) ? value : null;
}

/// <summary>Where the service's rules come from, for <c>/health</c>: the directory, or <c>embedded</c>.</summary>
internal sealed record RulesLocation(string Description);
