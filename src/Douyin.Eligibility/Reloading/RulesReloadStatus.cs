using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility;

/// <summary>
/// Where an evaluator's rules stand against their source: the set in use, the last reload and whether the files
/// on disk differ from what is loaded. A snapshot; read <see cref="EligibilityEvaluator.ReloadStatus"/> again for a newer one.
/// </summary>
public sealed class RulesReloadStatus
{
    internal RulesReloadStatus(string loadedHash, DateTimeOffset loadedAt, DateTimeOffset? lastAttemptAt, IReadOnlyList<Diagnostic> lastErrors, long rejectedReloads, bool isWatcherArmed)
    {
        LoadedHash = loadedHash;
        LoadedAt = loadedAt;
        LastAttemptAt = lastAttemptAt;
        LastErrors = lastErrors;
        RejectedReloads = rejectedReloads;
        IsWatcherArmed = isWatcherArmed;
    }

    /// <summary>The content hash of the rule set in use.</summary>
    public string LoadedHash { get; }

    /// <summary>When the rule set in use was loaded (at start, or by the reload that swapped it in).</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>When the rules were last reloaded, successfully or not; null when they have not been since start.</summary>
    public DateTimeOffset? LastAttemptAt { get; }

    /// <summary>
    /// The errors of the last reload when it was rejected (including
    /// <see cref="EligibilityDiagnosticCodes.RequiredWorkflowMissing"/>, an unreadable directory, and what the evaluator's
    /// <see cref="EligibilityEvaluator.Backend"/> cannot run); empty when it succeeded.
    /// </summary>
    public IReadOnlyList<Diagnostic> LastErrors { get; }

    /// <summary>
    /// True while the source differs from the rule set in use: the last reload was rejected, so the files on disk are
    /// not the ones loaded. It becomes false again once a reload succeeds (the files are fixed, or put back).
    /// A host should report itself degraded while it is true: it decides with its last good rules, not the files it has.
    /// </summary>
    public bool DiskDiffersFromLoaded => LastErrors.Count > 0;

    /// <summary>How many reloads have been rejected since start.</summary>
    public long RejectedReloads { get; }

    /// <summary>
    /// True when the evaluator watches its rules directory and the watcher is armed now; false when it does not watch,
    /// or while the directory is missing (it is re-armed when the directory comes back).
    /// </summary>
    public bool IsWatcherArmed { get; }

    internal RulesReloadStatus WithWatcher(bool armed) => new(LoadedHash, LoadedAt, LastAttemptAt, LastErrors, RejectedReloads, armed);
}
