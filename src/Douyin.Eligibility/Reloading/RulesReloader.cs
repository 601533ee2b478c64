using Douyin.Eligibility.Backends;
using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Diagnostics;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Reloading;

/// <summary>
/// Owns the <see cref="RuleSetHolder"/> of an evaluator and reloads it from its <see cref="RuleLoader"/>: on demand
/// (<see cref="ReloadNow"/>) and, when watching, after file changes have been quiet for the debounce time. A reload
/// with errors, without a required workflow, or that the backend cannot run (<see cref="EvaluationBackend.Prepare"/>)
/// keeps the last good set, logs each diagnostic and is reported by
/// <see cref="Status"/>; a good one swaps the whole set atomically. Nothing is thrown from the watcher or timer threads.
/// </summary>
internal sealed partial class RulesReloader : IDisposable
{
    /// <summary>
    /// The code of a reload that failed with an unexpected exception. No code of its own is assigned yet, so it is the
    /// one of an unreadable file; the message says what happened.
    /// </summary>
    private const string UnexpectedFailureCode = EligibilityDiagnosticCodes.LoadFailedUnexpectedly;

    private readonly RuleLoader _loader;
    private readonly ILogger _logger;
    private readonly TimeSpan _debounce;
    private readonly IReadOnlyList<string> _required;
    private readonly EvaluationBackend _backend;
    private readonly EligibilityTelemetry _telemetry;
    private readonly object _reloadLock = new();
    private readonly DirectoryWatch? _watch;
    private readonly Timer? _timer;
    private RulesReloadStatus _status;
    private volatile bool _disposed;

    private RulesReloader(RuleLoader loader, RuleSet initial, string? fingerprint, ILogger logger, EligibilityOptions options, EligibilityTelemetry telemetry)
    {
        _loader = loader;
        _telemetry = telemetry;
        _logger = logger;
        _debounce = options.ReloadDebounce < TimeSpan.Zero ? TimeSpan.Zero : options.ReloadDebounce;
        _required = options.RequiredWorkflows;
        _backend = options.Backend;
        Holder = new RuleSetHolder(initial);
        _status = new RulesReloadStatus(initial.ContentHash, DateTimeOffset.UtcNow, null, [], 0, isWatcherArmed: false);
        if (fingerprint is not null && loader.Directory is { } directory)
        {
            _timer = new Timer(_ => OnQuiet(), null, Timeout.Infinite, Timeout.Infinite);
            _watch = new DirectoryWatch(directory, fingerprint, Schedule, logger, options.DirectoryPollInterval);
            LogWatching(directory, _debounce.TotalMilliseconds);
        }
    }

    public RuleSetHolder Holder { get; }

    public bool IsWatching => _watch is not null;

    /// <summary>The state of the last reload, and whether the watcher is armed now.</summary>
    public RulesReloadStatus Status => Volatile.Read(ref _status).WithWatcher(_watch?.IsArmed == true);

    /// <summary>
    /// Loads the rules once (rejecting a set without a required workflow, or one the backend cannot run); returns the
    /// load result and a reloader, or null with the result when they have errors.
    /// </summary>
    public static (RulesReloader? Reloader, RuleSetLoadResult Result) Start(RuleLoader loader, ILogger logger, EligibilityOptions options, EligibilityTelemetry telemetry)
    {
        var watch = options.WatchForChanges && loader.Directory is not null;
        var fingerprint = watch ? DirectoryFingerprint.Of(loader.Directory!) : null;
        var result = Load(loader, options.RequiredWorkflows, options.Backend, current: null);
        return result.RuleSet is { } set ? (new RulesReloader(loader, set, fingerprint, logger, options, telemetry), result) : (null, result);
    }

    /// <summary>
    /// Reloads now; swaps when the files load without errors, have every required workflow, are prepared by the backend
    /// without errors and differ from the current set.
    /// </summary>
    public RuleSetLoadResult ReloadNow()
    {
        lock (_reloadLock)
        {
            _watch?.Reloading();
            RuleSetLoadResult result;
            try
            {
                result = Load(_loader, _required, _backend, Holder.Current);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The loader reports unreadable files as diagnostics; this is a read it did not expect to fail.
                result = RuleSetLoadResult.Failed([Catalog.NewDiagnostic(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceLocation(Location(_loader), 0, 0), Catalog.Text("DE1016_Reload", ex.Message))]);
            }
            catch (Exception ex)
            {
                // Anything else is a bug in loading, not in the files: named as such, logged with its stack, and never
                // thrown into a host thread.
                LogReloadFailed(ex);
                result = RuleSetLoadResult.Failed([Unexpected(ex)]);
            }

            var now = DateTimeOffset.UtcNow;
            var status = Volatile.Read(ref _status);
            if (result.RuleSet is not { } next)
            {
                var errors = result.Errors.ToList();
                LogReloadRejected(errors.Count, Holder.Current.ContentHash);
                foreach (var diagnostic in errors)
                {
                    LogDiagnostic(diagnostic.ToString());
                }

                Volatile.Write(ref _status, new RulesReloadStatus(status.LoadedHash, status.LoadedAt, now, errors, status.RejectedReloads + 1, isWatcherArmed: false));
                _telemetry.Reloaded(accepted: false, status.LoadedHash);
                return result;
            }

            var loadedAt = status.LoadedAt;
            if (next.ContentHash != Holder.Current.ContentHash)
            {
                var previous = Holder.Current.ContentHash;
                Holder.Swap(next);
                loadedAt = now;
                LogSwapped(next.ContentHash, previous, next.Files.Count);
            }

            Volatile.Write(ref _status, new RulesReloadStatus(Holder.Current.ContentHash, loadedAt, now, [], status.RejectedReloads, isWatcherArmed: false));
            _telemetry.Reloaded(accepted: true, Holder.Current.ContentHash);
            return result;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _watch?.Dispose();
        _timer?.Dispose();
    }

    /// <summary>
    /// The rules as the evaluator may use them, the one path of start and reload: loaded with the typed API's checks
    /// (<see cref="RuleLoader.Load"/>), with every required workflow, then prepared for the backend (not again when
    /// they are <paramref name="current"/>'s rules, which stay in use).
    /// </summary>
    private static RuleSetLoadResult Load(RuleLoader loader, IReadOnlyList<string> required, EvaluationBackend backend, RuleSet? current)
        => BackendPreparation.Apply(RequiredWorkflows.Check(loader.Load(), required, Location(loader), RequiredWorkflows.Today), backend, current);

    private static string Location(RuleLoader loader) => loader.Directory ?? "<embedded>";

    /// <summary>The diagnostic of an exception loading should never throw: its type and message, and that the set stays.</summary>
    private Diagnostic Unexpected(Exception ex)
        => Catalog.NewDiagnostic(UnexpectedFailureCode, DiagnosticSeverity.Error, new SourceLocation(Location(_loader), 0, 0), Catalog.Text(UnexpectedFailureCode, ex.GetType().FullName, ex.Message));

    /// <summary>Restarts the quiet period: the reload runs once the files have stopped changing.</summary>
    private void Schedule()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            _timer?.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed concurrently: nothing to reload.
        }
    }

    private void OnQuiet()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            ReloadNow();
        }
        catch (Exception ex)
        {
            LogReloadFailed(ex);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Douyin eligibility rules reloaded: rule set {Hash} (was {PreviousHash}, {FileCount} files)")]
    private partial void LogSwapped(string hash, string previousHash, int fileCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Douyin eligibility rules not reloaded: {ErrorCount} error(s); keeping rule set {Hash}")]
    private partial void LogReloadRejected(int errorCount, string hash);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "{Diagnostic}")]
    private partial void LogDiagnostic(string diagnostic);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Douyin eligibility rules reload failed")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Watching {Directory} for rule changes (debounce {DebounceMs} ms)")]
    private partial void LogWatching(string directory, double debounceMs);
}
