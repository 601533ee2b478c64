using System.Globalization;

namespace Douyin.Eligibility;

/// <summary>
/// How an <see cref="EligibilityEvaluator"/> gets its rules and which defaults its decisions use. Configure it with
/// <c>services.AddDouyinEligibility(o =&gt; …)</c> or pass it to <see cref="EligibilityEvaluator.Create"/>.
/// </summary>
public sealed class EligibilityOptions
{
    /// <summary>
    /// A folder of rule files (read recursively; <c>*.tests.json</c> and <c>schema/</c> are skipped). Null (the default)
    /// uses the rule set embedded in this package.
    /// </summary>
    public string? RulesDirectory { get; set; }

    /// <summary>
    /// Reload <see cref="RulesDirectory"/> when its files change (hot reload). A reload with errors keeps the last good
    /// rule set and logs every diagnostic. Ignored for the embedded rules. Default: false.
    /// </summary>
    public bool WatchForChanges { get; set; }

    /// <summary>How long the directory must be quiet after a change before it is reloaded. Default: 250 ms.</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The culture of reason messages when <see cref="EvaluationSettings.Culture"/> is not set. Default: zh-CN.</summary>
    public CultureInfo DefaultCulture { get; set; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// Whether single evaluations trace their conditions (observed values, thresholds and gaps in the reasons) when
    /// <see cref="EvaluationSettings.Explain"/> is not set. Default: true.
    /// </summary>
    public bool ExplainByDefault { get; set; } = true;

    internal EligibilityOptions Copy() => new()
    {
        RulesDirectory = RulesDirectory,
        WatchForChanges = WatchForChanges,
        ReloadDebounce = ReloadDebounce,
        DefaultCulture = DefaultCulture ?? CultureInfo.GetCultureInfo("zh-CN"),
        ExplainByDefault = ExplainByDefault,
    };
}
