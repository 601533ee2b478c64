using Douyin.Eligibility.Families;
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

    /// <summary>
    /// While watching, how often the evaluator checks that <see cref="RulesDirectory"/> is still there and its watcher
    /// armed: after the directory is deleted (or moved away) and created again, the watcher is re-armed and the rules
    /// reloaded within this time even when no file event arrives. The parent folder is watched too, which usually
    /// notices sooner. Must be positive. Default: 2 s.
    /// </summary>
    public TimeSpan DirectoryPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The workflows a rule set must define, each with a version in force today (the UTC date), to be used: a load or
    /// reload that lacks one of them is rejected with
    /// <see cref="EligibilityDiagnosticCodes.RequiredWorkflowMissing"/> (at start: <see cref="Rules.RuleSetLoadException"/>;
    /// on reload: logged, and the last good set stays). Default: <see cref="EligibilityWorkflows.RequiredByDefault"/>,
    /// the typed API's families whose rules have no end date (not the dated 2023 brand renewal, whose window is over, nor
    /// a family added later). Set it to the families a host uses, or to an empty list to accept any set. Names are
    /// compared ignoring case; none may be null or blank.
    /// </summary>
    public IReadOnlyList<string> RequiredWorkflows { get; set; } = EligibilityWorkflows.RequiredByDefault;

    /// <summary>
    /// The families the rules serve: their snapshot types are registered as rule input types and their workflows get
    /// the typed API's load checks (DE5001, DE5002). Default: <see cref="EligibilityFamilies.All"/>. Add a family of
    /// your own (<see cref="EligibilityFamily.Admission{TSnapshot}"/>) to evaluate it with
    /// <see cref="EligibilityEvaluator.Evaluate{TSnapshot, TDecision}"/>; null means the built-ins.
    /// </summary>
    public IReadOnlyList<EligibilityFamily> Families { get; set; } = EligibilityFamilies.All;

    /// <summary>The culture of reason messages when <see cref="EvaluationSettings.Culture"/> is not set. Default: zh-CN.</summary>
    public CultureInfo DefaultCulture { get; set; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// Whether single evaluations trace their conditions (observed values, thresholds and gaps in the reasons) when
    /// <see cref="EvaluationSettings.Explain"/> is not set. Default: true. Only a <see cref="Backend"/> that
    /// <see cref="EvaluationBackend.CanExplain"/> (the built-in engine) explains: with another, decisions are never
    /// explained, whatever this says.
    /// </summary>
    public bool ExplainByDefault { get; set; } = true;

    /// <summary>
    /// The engine that computes rule outcomes. Default: <see cref="EvaluationBackend.BuiltIn"/>; null means it. The
    /// <c>Douyin.Eligibility.RulesEngine</c> package sets Microsoft RulesEngine with <c>options.UseMicrosoftRulesEngine()</c>.
    /// Every rule set the evaluator loads, at start and on each reload, goes through <see cref="EvaluationBackend.Prepare"/>
    /// first, and its errors reject the set like load errors. Whichever backend runs, the reasons' codes, messages,
    /// missing fields and error messages come from the rule files and the built-in engine; their outcomes are the backend's.
    /// </summary>
    public EvaluationBackend Backend { get; set; } = EvaluationBackend.BuiltIn;

    internal EligibilityOptions Copy() => new()
    {
        Backend = Backend ?? EvaluationBackend.BuiltIn,
        RulesDirectory = RulesDirectory,
        WatchForChanges = WatchForChanges,
        ReloadDebounce = ReloadDebounce,
        DirectoryPollInterval = DirectoryPollInterval,
        RequiredWorkflows = RequiredWorkflows is null ? [] : [.. RequiredWorkflows],
        DefaultCulture = DefaultCulture ?? CultureInfo.GetCultureInfo("zh-CN"),
        ExplainByDefault = ExplainByDefault,
        Families = Families is null ? EligibilityFamilies.All : [.. Families],
    };
}
