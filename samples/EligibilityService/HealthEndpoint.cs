using Douyin.Eligibility;

namespace EligibilityService;

/// <summary><c>GET /health</c>: status, where the rules come from, the rule-set content hash and every workflow version.</summary>
internal static class HealthEndpoint
{
    public static void MapHealthEndpoint(this WebApplication app, string? rulesDirectory)
        => app.MapGet("/health", (EligibilityEvaluator evaluator) =>
        {
            var ruleSet = evaluator.CurrentRuleSet;
            return Results.Ok(new
            {
                status = "Healthy",
                rules = rulesDirectory ?? "embedded",
                watchingForChanges = evaluator.IsWatchingForChanges,
                ruleSetHash = ruleSet.ContentHash,
                warnings = ruleSet.Warnings.Count,
                workflows = ruleSet.Workflows
                    .OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.EffectiveFrom)
                    .Select(w => new { name = w.Name, version = w.Version, effectiveFrom = w.EffectiveFrom, effectiveTo = w.EffectiveTo, enabled = w.IsEnabled })
                    .ToList(),
            });
        });
}
