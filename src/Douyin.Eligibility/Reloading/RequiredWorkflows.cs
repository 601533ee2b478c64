using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Reloading;

/// <summary>
/// Rejects a loaded rule set that lacks a workflow the host requires (<see cref="EligibilityOptions.RequiredWorkflows"/>):
/// one it does not define at all, or one none of whose versions is in force today (so every evaluation of today's
/// snapshots would find no rules).
/// </summary>
internal static class RequiredWorkflows
{
    /// <summary>Today as the check sees it: the UTC date.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// The load result as it is when its set has every required workflow in force on <paramref name="today"/> (or it
    /// already failed); otherwise a failed result with the load's diagnostics and one
    /// <see cref="EligibilityDiagnosticCodes.RequiredWorkflowMissing"/> error per workflow missing.
    /// </summary>
    public static RuleSetLoadResult Check(RuleSetLoadResult result, IReadOnlyList<string> required, string location, DateOnly today)
    {
        if (result.RuleSet is not { } set)
        {
            return result;
        }

        var errors = required
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => Missing(set, name, today, new SourceLocation(location, 0, 0)))
            .OfType<Diagnostic>()
            .ToList();
        return result.WithDiagnostics(errors);
    }

    private static Diagnostic? Missing(RuleSet set, string name, DateOnly today, SourceLocation location)
    {
        var versions = set.GetVersions(name);
        if (versions.Any(w => w.IsInForce(today)))
        {
            return null;
        }

        if (versions.Count == 0)
        {
            var has = set.WorkflowNames.Order(StringComparer.Ordinal).ToList();
            return Error(
                location,
                $"The rules have no workflow '{name}', which this host requires (EligibilityOptions.RequiredWorkflows); they have: {(has.Count == 0 ? "none" : string.Join(", ", has))}.",
                $"规则中没有本服务所需的工作流 '{name}'（EligibilityOptions.RequiredWorkflows）；现有工作流：{(has.Count == 0 ? "无" : string.Join("、", has))}。");
        }

        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Error(
            location,
            $"No version of workflow '{name}', which this host requires (EligibilityOptions.RequiredWorkflows), is in force today ({date}); its versions: {string.Join(", ", versions.Select(w => Period(w, "to", "disabled")))}.",
            $"本服务所需的工作流 '{name}'（EligibilityOptions.RequiredWorkflows）今天（{date}）没有生效的版本；现有版本：{string.Join("、", versions.Select(w => Period(w, "至", "已停用")))}。");
    }

    private static Diagnostic Error(SourceLocation location, string message, string messageZh)
        => new(EligibilityDiagnosticCodes.RequiredWorkflowMissing, DiagnosticSeverity.Error, location, message) { MessageZh = messageZh };

    private static string Period(Workflow w, string to, string disabled)
    {
        var period = $"{w.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} {to} {w.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";
        return w.IsEnabled ? period : $"{period} ({disabled})";
    }
}
