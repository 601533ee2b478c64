using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Rules;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Reloading;

/// <summary>
/// Owns the <see cref="RuleSetHolder"/> of an evaluator and reloads it from its <see cref="RuleLoader"/>: on demand
/// (<see cref="ReloadNow"/>) and, when watching, after file changes have been quiet for the debounce time. A reload
/// with errors keeps the last good set and logs each diagnostic; a good one swaps the whole set atomically. Nothing
/// is thrown from the watcher or timer threads.
/// </summary>
internal sealed partial class RulesReloader : IDisposable
{
    private readonly RuleLoader _loader;
    private readonly ILogger _logger;
    private readonly TimeSpan _debounce;
    private readonly object _reloadLock = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _timer;
    private volatile bool _disposed;

    private RulesReloader(RuleLoader loader, RuleSet initial, ILogger logger, TimeSpan debounce, bool watch)
    {
        _loader = loader;
        _logger = logger;
        _debounce = debounce < TimeSpan.Zero ? TimeSpan.Zero : debounce;
        Holder = new RuleSetHolder(initial);
        if (watch && loader.Directory is { } directory)
        {
            _timer = new Timer(_ => OnQuiet(), null, Timeout.Infinite, Timeout.Infinite);
            _watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += OnChange;
            _watcher.Created += OnChange;
            _watcher.Deleted += OnChange;
            _watcher.Renamed += OnChange;
            _watcher.Error += (_, e) => { LogWatcherError(e.GetException()); Schedule(); };
            _watcher.EnableRaisingEvents = true;
            LogWatching(directory, _debounce.TotalMilliseconds);
        }
    }

    public RuleSetHolder Holder { get; }

    public bool IsWatching => _watcher is not null;

    /// <summary>Loads the rules once; returns the load result and a reloader, or null with the result when they have errors.</summary>
    public static (RulesReloader? Reloader, RuleSetLoadResult Result) Start(RuleLoader loader, ILogger logger, TimeSpan debounce, bool watch)
    {
        var result = loader.Load();
        return result.RuleSet is { } set ? (new RulesReloader(loader, set, logger, debounce, watch), result) : (null, result);
    }

    /// <summary>Reloads now; swaps when the files load without errors and differ from the current set.</summary>
    public RuleSetLoadResult ReloadNow()
    {
        lock (_reloadLock)
        {
            RuleSetLoadResult result;
            try
            {
                result = _loader.Load();
            }
            catch (Exception ex)
            {
                // The loader reports problems as diagnostics; anything else is a bug, but must not kill a host thread.
                var diagnostic = new Diagnostic(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceLocation(_loader.Directory ?? "<embedded>", 0, 0), $"Reloading the rules failed: {ex.Message}") { MessageZh = $"重新加载规则失败：{ex.Message}" };
                result = new RuleSetLoadResult(null, [diagnostic]);
            }

            if (result.RuleSet is not { } next)
            {
                var errors = result.Errors.ToList();
                LogReloadRejected(errors.Count, Holder.Current.ContentHash);
                foreach (var diagnostic in errors)
                {
                    LogDiagnostic(diagnostic.ToString());
                }

                return result;
            }

            if (next.ContentHash != Holder.Current.ContentHash)
            {
                var previous = Holder.Current.ContentHash;
                Holder.Swap(next);
                LogSwapped(next.ContentHash, previous, next.Files.Count);
            }

            return result;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
            _watcher.Dispose();
        }

        _timer?.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Schedule();

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

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "The rules directory watcher reported an error; reloading")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Watching {Directory} for rule changes (debounce {DebounceMs} ms)")]
    private partial void LogWatching(string directory, double debounceMs);
}
