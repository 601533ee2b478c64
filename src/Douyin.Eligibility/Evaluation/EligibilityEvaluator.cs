using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.DependencyInjection;
using Douyin.Eligibility.Diagnostics;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Reloading;
using Douyin.Eligibility.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Douyin.Eligibility;

/// <summary>
/// The one entry point of the typed API: validates a snapshot, picks the workflow version in force on its date,
/// evaluates it and returns a typed decision with reasons, messages in the caller's culture, gaps and the identity
/// of the rules used. Thread-safe; each call reads the current rule set once, so a hot reload never mixes two sets
/// within one decision.
/// </summary>
/// <example>
/// <code>
/// var evaluator = EligibilityEvaluator.CreateDefault();
/// var result = evaluator.EvaluateAllianceAdmission(merchant);
/// if (result.IsSuccess) Console.WriteLine(result.Decision.Outcome);
/// </code>
/// </example>
public sealed partial class EligibilityEvaluator : IEligibilityEvaluator, IDisposable
{
    private readonly RuleSetHolder _holder;
    private readonly RulesReloader? _reloader;
    private readonly EligibilityOptions _options;
    private readonly EligibilityTelemetry _telemetry;

    /// <summary>
    /// An evaluator over a rule set holder the caller owns (and swaps). Its rules must name the input types of
    /// <see cref="CreateRuleSetOptions"/>. <see cref="ReloadNow"/> is not available: reload through the holder.
    /// The evaluator does not call <see cref="EvaluationBackend.Prepare"/> for the holder's sets: readying a set is the
    /// backend's own business on its first use (the RulesEngine backend prepares each set lazily, once), and a set it
    /// cannot run is the caller's to check beforehand with <see cref="EvaluationBackend.Prepare"/>.
    /// </summary>
    /// <param name="holder">The holder of the current rule set.</param>
    /// <param name="options">
    /// Culture, explain defaults and <see cref="EligibilityOptions.Backend"/>; <see cref="EligibilityOptions.RulesDirectory"/>
    /// and watching are ignored.
    /// </param>
    public EligibilityEvaluator(RuleSetHolder holder, EligibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(holder);
        _holder = holder;
        _options = (options ?? new EligibilityOptions()).Copy();
        _telemetry = EligibilityTelemetry.Shared;
    }

    private EligibilityEvaluator(RulesReloader reloader, EligibilityOptions options, EligibilityTelemetry telemetry)
    {
        _reloader = reloader;
        _holder = reloader.Holder;
        _options = options;
        _telemetry = telemetry;
    }

    /// <summary>The rule set in force now (it may be replaced by a reload at any time).</summary>
    public RuleSet CurrentRuleSet => _holder.Current;

    /// <summary>
    /// The engine that computes the outcome of each rule (<see cref="EligibilityOptions.Backend"/>);
    /// <see cref="EvaluationBackend.Name"/> names it for logs and output.
    /// </summary>
    public EvaluationBackend Backend => _options.Backend;

    /// <summary>True when the evaluator reloads its rules directory when files change.</summary>
    public bool IsWatchingForChanges => _reloader?.IsWatching == true;

    /// <summary>
    /// The state of the rules against their source: the hash in use, the last reload and its errors, and
    /// <see cref="RulesReloadStatus.DiskDiffersFromLoaded"/>, which a host's health check reports as degraded. For an
    /// evaluator over a caller's <see cref="RuleSetHolder"/> it only names the set in use.
    /// </summary>
    public RulesReloadStatus ReloadStatus
        => _reloader?.Status ?? new RulesReloadStatus(_holder.Current.ContentHash, default, null, [], 0, isWatcherArmed: false);

    /// <summary>
    /// An evaluator over the default rule set embedded in this package.
    /// </summary>
    /// <param name="options">Culture and explain defaults; <see cref="EligibilityOptions.RulesDirectory"/> must be null (use <see cref="Create"/>).</param>
    /// <exception cref="ArgumentException"><see cref="EligibilityOptions.RulesDirectory"/> is set, or the options are not valid.</exception>
    /// <exception cref="RuleSetLoadException">
    /// The embedded rules have errors, lack a workflow of <see cref="EligibilityOptions.RequiredWorkflows"/>, or
    /// <see cref="EligibilityOptions.Backend"/> cannot run them (<see cref="EvaluationBackend.Prepare"/>); the message lists every diagnostic.
    /// </exception>
    public static EligibilityEvaluator CreateDefault(EligibilityOptions? options = null)
    {
        if (options?.RulesDirectory is not null)
        {
            throw new ArgumentException("CreateDefault uses the embedded rules; to load a folder call EligibilityEvaluator.Create(rulesDirectory, options).", nameof(options));
        }

        return Build(RuleLoader.Embedded(options?.Families), options, logger: null, EligibilityTelemetry.Shared);
    }

    /// <summary>
    /// An evaluator over the rule files in <paramref name="rulesDirectory"/> (recursively; <c>*.tests.json</c> and
    /// <c>schema/</c> are skipped). With <see cref="EligibilityOptions.WatchForChanges"/> it reloads them on change
    /// until disposed.
    /// </summary>
    /// <param name="rulesDirectory">The folder of rule files; it overrides <see cref="EligibilityOptions.RulesDirectory"/>.</param>
    /// <param name="options">Culture, explain and reload settings.</param>
    /// <exception cref="ArgumentException"><paramref name="rulesDirectory"/> is null or empty, or the options are not valid.</exception>
    /// <exception cref="RuleSetLoadException">
    /// The files have errors, lack a workflow of <see cref="EligibilityOptions.RequiredWorkflows"/>,
    /// <see cref="EligibilityOptions.Backend"/> cannot run them (<see cref="EvaluationBackend.Prepare"/>), or the folder
    /// cannot be read; the message lists every diagnostic as <c>file(line,col): error CODE: message</c>.
    /// </exception>
    public static EligibilityEvaluator Create(string rulesDirectory, EligibilityOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(rulesDirectory);
        return Build(RuleLoader.ForDirectory(rulesDirectory, options?.Families), options, logger: null, EligibilityTelemetry.Shared);
    }

    /// <summary>
    /// Like <see cref="Create"/> (or <see cref="CreateDefault"/> when <paramref name="rulesDirectory"/> is null), without
    /// throwing for bad rules: returns the load result with every diagnostic, and the evaluator when it succeeded.
    /// </summary>
    /// <param name="rulesDirectory">The folder of rule files; null for the embedded defaults.</param>
    /// <param name="evaluator">The evaluator; null when the rules have errors.</param>
    /// <param name="options">Culture, explain and reload settings.</param>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static RuleSetLoadResult TryCreate(string? rulesDirectory, out EligibilityEvaluator? evaluator, EligibilityOptions? options = null)
    {
        var loader = rulesDirectory is null ? RuleLoader.Embedded(options?.Families) : RuleLoader.ForDirectory(rulesDirectory, options?.Families);
        return TryBuild(loader, Validated(options), NullLogger.Instance, EligibilityTelemetry.Shared, out evaluator);
    }

    /// <summary>The rule-loading options the typed API uses: the snapshot types registered as input types.</summary>
    public static RuleSetOptions CreateRuleSetOptions() => RuleLoader.CreateOptions();

    /// <summary>
    /// Loads rule files the way the typed API does: with <see cref="CreateRuleSetOptions"/>, then the checks of the
    /// params and properties the typed API reads (each a <see cref="EligibilityDiagnosticCodes.TypedValueOutOfRange"/>
    /// error at the value; see docs/rule-conventions.md). Use it to build the set of a <see cref="RuleSetHolder"/> you
    /// own: a set loaded with <see cref="RuleSet.Load"/> alone skips these checks (the typed API still never throws
    /// for it, but reads out-of-range numbers clamped into their ranges).
    /// </summary>
    /// <param name="sources">The rule files.</param>
    /// <returns>The rule set, or every diagnostic that prevented it; never throws for bad rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public static RuleSetLoadResult LoadRuleSet(IEnumerable<RuleSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return RuleLoader.LoadChecked(sources);
    }

    /// <summary>
    /// Reads the rule file <paramref name="rulesPath"/>, or every rule file under it when it is a folder (recursively,
    /// selected by <see cref="RuleFileFilter"/>), and loads them as <see cref="LoadRuleSet(IEnumerable{RuleSource})"/>
    /// does. Files are read one by one (<see cref="RuleSource.ReadDirectory"/>): each that cannot be read, or a path
    /// that does not exist, is a <see cref="DiagnosticCodes.FileUnreadable"/> error in the result, and the others are
    /// still loaded so that every problem is reported together.
    /// </summary>
    /// <param name="rulesPath">A rule file or a folder of rule files.</param>
    /// <returns>The rule set, or every diagnostic that prevented it; never throws for bad rules or unreadable files.</returns>
    /// <exception cref="ArgumentException"><paramref name="rulesPath"/> is null or empty.</exception>
    public static RuleSetLoadResult LoadRuleSet(string rulesPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(rulesPath);
        return RuleLoader.LoadChecked(rulesPath);
    }

    /// <summary>
    /// As <see cref="LoadRuleSet(string)"/>, for a host with families of its own (see
    /// <see cref="LoadRuleSet(IEnumerable{RuleSource}, IEnumerable{EligibilityFamily})"/>).
    /// </summary>
    /// <param name="rulesPath">A rule file or a folder of rule files.</param>
    /// <param name="families">The families whose workflows the set serves (e.g. <see cref="EligibilityFamilies.All"/> and the host's own).</param>
    /// <returns>The rule set, or every diagnostic that prevented it; never throws for bad rules or unreadable files.</returns>
    /// <exception cref="ArgumentException"><paramref name="rulesPath"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="families"/> is null.</exception>
    public static RuleSetLoadResult LoadRuleSet(string rulesPath, IEnumerable<EligibilityFamily> families)
    {
        ArgumentException.ThrowIfNullOrEmpty(rulesPath);
        ArgumentNullException.ThrowIfNull(families);
        return RuleLoader.LoadChecked(rulesPath, families.ToList());
    }

    /// <summary>
    /// As <see cref="LoadRuleSet(IEnumerable{RuleSource})"/>, for a host with families of its own: their snapshot types
    /// are registered as input types, and their workflows checked like the built-ins' (DE5002 for an input the typed
    /// API cannot pass).
    /// </summary>
    /// <param name="sources">The rule files.</param>
    /// <param name="families">The families whose workflows the set serves (e.g. <see cref="EligibilityFamilies.All"/> and the host's own).</param>
    /// <returns>The rule set, or every diagnostic that prevented it; never throws for bad rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or <paramref name="families"/> is null.</exception>
    public static RuleSetLoadResult LoadRuleSet(IEnumerable<RuleSource> sources, IEnumerable<EligibilityFamily> families)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(families);
        return RuleLoader.LoadChecked(sources, families.ToList());
    }

    /// <summary>
    /// Reloads the rules from where they came from (the folder, or the embedded set) now. On errors, when a workflow
    /// of <see cref="EligibilityOptions.RequiredWorkflows"/> is missing, or when <see cref="Backend"/> cannot run the
    /// new set (errors of <see cref="EvaluationBackend.Prepare"/>), the current set stays, every diagnostic is
    /// logged and <see cref="ReloadStatus"/> says the disk differs; otherwise the new set replaces it atomically. When
    /// watching, a rules directory that was deleted and created again is watched again.
    /// </summary>
    /// <returns>The load result, with every diagnostic.</returns>
    /// <exception cref="InvalidOperationException">The evaluator was built over a caller's <see cref="RuleSetHolder"/>.</exception>
    public RuleSetLoadResult ReloadNow()
        => (_reloader ?? throw new InvalidOperationException("This evaluator was created over a RuleSetHolder; reload through RuleSetHolder.TryReload.")).ReloadNow();

    /// <summary>Stops watching the rules directory. Evaluations still work with the last rule set.</summary>
    public void Dispose() => _reloader?.Dispose();

    /// <summary>
    /// Builds an evaluator from options (directory or embedded), logging reloads and recording to
    /// <paramref name="telemetry"/>, without throwing for bad rules; used by dependency injection.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    internal static RuleSetLoadResult TryFromOptions(EligibilityOptions options, ILogger? logger, EligibilityTelemetry telemetry, out EligibilityEvaluator? evaluator)
        => TryBuild(Loader(options), Validated(options), logger ?? NullLogger.Instance, telemetry, out evaluator);

    private static RuleLoader Loader(EligibilityOptions options)
        => options.RulesDirectory is { } directory ? RuleLoader.ForDirectory(directory, options.Families) : RuleLoader.Embedded(options.Families);

    private static EligibilityEvaluator Build(RuleLoader loader, EligibilityOptions? options, ILogger? logger, EligibilityTelemetry telemetry)
    {
        var result = TryBuild(loader, Validated(options), logger ?? NullLogger.Instance, telemetry, out var evaluator);
        return evaluator ?? throw new RuleSetLoadException(result.Diagnostics);
    }

    private static RuleSetLoadResult TryBuild(RuleLoader loader, EligibilityOptions copy, ILogger logger, EligibilityTelemetry telemetry, out EligibilityEvaluator? evaluator)
    {
        var (reloader, result) = RulesReloader.Start(loader, logger, copy, telemetry);
        evaluator = reloader is null ? null : new EligibilityEvaluator(reloader, copy, telemetry);
        return result;
    }

    private static EligibilityOptions Validated(EligibilityOptions? options)
    {
        var given = options ?? new EligibilityOptions();
        EligibilityOptionsValidator.ThrowIfInvalid(given);
        return given.Copy();
    }
}
