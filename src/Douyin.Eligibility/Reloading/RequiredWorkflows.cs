using System.Globalization;
using Douyin.Eligibility.Resources;
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
            return Error(location, Catalog.Text("DE5003_Missing", name, Catalog.List(has)));
        }

        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Error(location, Catalog.Text("DE5003_NotInForce", name, date, Catalog.List(versions.Select(Period))));
    }

    private static Diagnostic Error(SourceLocation location, LocalizableText text)
        => Catalog.NewDiagnostic(EligibilityDiagnosticCodes.RequiredWorkflowMissing, DiagnosticSeverity.Error, location, text);

    private static LocalizableText Period(Workflow w)
    {
        var period = Catalog.Text("Period_Range", w.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…", w.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…");
        return w.IsEnabled ? period : Catalog.Text("Period_Disabled", period);
    }
}
