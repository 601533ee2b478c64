using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Reloading;

/// <summary>
/// Watches a rules directory and calls back when it may have changed. A <see cref="FileSystemWatcher"/> gives the
/// quick path; a poll compares a fingerprint of the tree with the one the last reload saw, so a change is never
/// missed: when the directory is deleted the watcher is dropped, when it comes back (or the watcher has gone deaf,
/// as it does for a directory deleted and created again) the watcher is re-armed and a reload is asked for. Watcher
/// errors are logged. Nothing is thrown from the watcher or timer threads.
/// </summary>
internal sealed partial class DirectoryWatch : IDisposable
{
    private readonly string _directory;
    private readonly Action _changed;
    private readonly ILogger _logger;
    private readonly TimeSpan _pollInterval;
    private readonly object _lock = new();
    private readonly Timer _poll;
    private FileSystemWatcher? _watcher;
    private string _reloadedFingerprint;
    private bool _eventSinceReload;
    private bool _disposed;

    /// <param name="directory">The rules directory.</param>
    /// <param name="loadedFingerprint">The fingerprint taken before the rules in use were read.</param>
    /// <param name="changed">Asks for a (debounced) reload.</param>
    /// <param name="logger">Where watcher problems go.</param>
    /// <param name="pollInterval">How often the fingerprint is compared.</param>
    public DirectoryWatch(string directory, string loadedFingerprint, Action changed, ILogger logger, TimeSpan pollInterval)
    {
        _directory = directory;
        _changed = changed;
        _logger = logger;
        _pollInterval = pollInterval;
        _reloadedFingerprint = loadedFingerprint;
        lock (_lock)
        {
            Arm();
        }

        _poll = new Timer(_ => Poll(), null, pollInterval, pollInterval);
    }

    /// <summary>True while a file system watcher is armed on the directory.</summary>
    public bool IsArmed
    {
        get
        {
            lock (_lock)
            {
                return _watcher is not null;
            }
        }
    }

    /// <summary>
    /// Called at the start of every reload: remembers what the reload is about to read, and re-arms the watcher
    /// when the directory is there again but not watched.
    /// </summary>
    public void Reloading()
    {
        var fingerprint = DirectoryFingerprint.Of(_directory);
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _reloadedFingerprint = fingerprint;
            _eventSinceReload = false;
            Track(fingerprint != DirectoryFingerprint.Missing, rearm: false);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            Disarm();
        }

        _poll.Dispose();
    }

    /// <summary>The fallback: a change the watcher did not report (or a directory that came back) asks for a reload.</summary>
    private void Poll()
    {
        try
        {
            var fingerprint = DirectoryFingerprint.Of(_directory);
            bool changed;
            lock (_lock)
            {
                if (_disposed || fingerprint == _reloadedFingerprint)
                {
                    return;
                }

                // Changed on disk since the last reload. With no event for it, the watcher has gone deaf: re-arm it.
                var exists = fingerprint != DirectoryFingerprint.Missing;
                changed = Track(exists, rearm: exists && !_eventSinceReload) || !_eventSinceReload;
            }

            if (changed)
            {
                _changed();
            }
        }
        catch (Exception ex)
        {
            LogPollFailed(ex);
        }
    }

    /// <summary>Brings the watcher in line with the directory; true when it was armed or dropped. Call under the lock.</summary>
    private bool Track(bool exists, bool rearm)
    {
        if (!exists)
        {
            if (_watcher is null)
            {
                return false;
            }

            Disarm();
            LogDirectoryGone(_directory, _pollInterval.TotalMilliseconds);
            return true;
        }

        if (_watcher is not null && !rearm)
        {
            return false;
        }

        var wasArmed = _watcher is not null;
        Disarm();
        if (Arm())
        {
            if (wasArmed)
            {
                LogRearmed(_directory);
            }
            else
            {
                LogDirectoryBack(_directory);
            }
        }

        return true;
    }

    /// <summary>Call under the lock.</summary>
    private bool Arm()
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(_directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
            return true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Missing again, out of inotify watches, …: the poll keeps looking.
            watcher?.Dispose();
            LogArmFailed(ex, _directory, _pollInterval.TotalMilliseconds);
            return false;
        }
    }

    /// <summary>Call under the lock.</summary>
    private void Disarm()
    {
        if (_watcher is not { } watcher)
        {
            return;
        }

        _watcher = null;
        watcher.Changed -= OnChange;
        watcher.Created -= OnChange;
        watcher.Deleted -= OnChange;
        watcher.Renamed -= OnChange;
        watcher.Error -= OnError;
        try
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // Already dead.
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        lock (_lock)
        {
            _eventSinceReload = true;
        }

        _changed();
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        LogWatcherError(e.GetException(), _directory);

        // Events may have been lost: re-arm off the watcher's own thread, and reload.
        ThreadPool.QueueUserWorkItem(_ =>
        {
            try
            {
                lock (_lock)
                {
                    if (!_disposed && ReferenceEquals(sender, _watcher))
                    {
                        Track(Directory.Exists(_directory), rearm: true);
                    }
                }

                _changed();
            }
            catch (Exception ex)
            {
                LogPollFailed(ex);
            }
        });
    }

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "The watcher of the rules directory {Directory} reported an error; re-arming it and reloading")]
    private partial void LogWatcherError(Exception exception, string directory);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "The rules directory {Directory} is gone; keeping the rules in use and looking for it every {PollMs} ms")]
    private partial void LogDirectoryGone(string directory, double pollMs);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "The rules directory {Directory} is back; watching it again")]
    private partial void LogDirectoryBack(string directory);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Re-armed the watcher of the rules directory {Directory}: it had missed a change or reported an error")]
    private partial void LogRearmed(string directory);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Cannot watch the rules directory {Directory}; looking for changes every {PollMs} ms instead")]
    private partial void LogArmFailed(Exception exception, string directory, double pollMs);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Checking the rules directory for changes failed")]
    private partial void LogPollFailed(Exception exception);
}
