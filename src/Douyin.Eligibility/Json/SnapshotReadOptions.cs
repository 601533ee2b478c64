namespace Douyin.Eligibility.Json;

/// <summary>
/// Bounds for the streaming readers of <see cref="SnapshotJson"/> (JSON Lines, JSON arrays, and one document read
/// from a stream). An item over a bound is reported as a failed item and skipped without being held in memory, so a
/// hostile input cannot make a reader hold more than about <see cref="MaxItemBytes"/> bytes.
/// </summary>
public sealed class SnapshotReadOptions
{
    /// <summary>The default of <see cref="MaxItemBytes"/>: 16 MiB (16,777,216 bytes).</summary>
    public const int DefaultMaxItemBytes = 16 * 1024 * 1024;

    /// <summary>The largest value <see cref="MaxItemBytes"/> accepts: 1 GiB.</summary>
    public const int MaxItemBytesLimit = 1024 * 1024 * 1024;

    private readonly int _maxItemBytes = DefaultMaxItemBytes;

    /// <summary>The options the readers use when none are given.</summary>
    public static SnapshotReadOptions Default { get; } = new();

    /// <summary>
    /// The longest item, in bytes of UTF-8: a JSON Lines line (not counting its line break), a JSON array element, or a
    /// document read whole. A longer one is a failed item ("longer than the limit") and reading goes on after it.
    /// Default: <see cref="DefaultMaxItemBytes"/> (16 MiB).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxItemBytesLimit"/>.</exception>
    public int MaxItemBytes
    {
        get => _maxItemBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxItemBytesLimit);
            _maxItemBytes = value;
        }
    }
}
