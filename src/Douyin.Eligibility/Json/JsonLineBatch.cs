using System.Buffers;
using System.Text.Json.Serialization.Metadata;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>
/// A run of consecutive JSON Lines, cut from the input but not parsed yet (see
/// <see cref="SnapshotJson.ReadJsonLineBatches"/>), so that batches can be parsed on other threads while the input is
/// still being read. <see cref="Parse{T}"/> gives each line the result <see cref="SnapshotJson.ReadJsonLines{T}(Stream, SnapshotReadOptions?)"/>
/// gives it: the same value, line number, index and errors. Different batches may be parsed on different threads at once.
/// <see cref="Dispose"/> returns the batch's buffers to a pool; the batch cannot be used after it.
/// </summary>
public sealed class JsonLineBatch : IDisposable
{
    private readonly int _maxItemBytes;
    private byte[] _bytes;
    private Entry[] _entries;
    private int _length;

    internal JsonLineBatch(int maxItemBytes, int lines, int bytes)
    {
        _maxItemBytes = maxItemBytes;
        _bytes = ArrayPool<byte>.Shared.Rent(bytes);
        _entries = ArrayPool<Entry>.Shared.Rent(lines);
    }

    /// <summary>How many items (lines that are not blank) the batch holds.</summary>
    public int Count { get; private set; }

    /// <summary>The UTF-8 bytes the batch holds (its lines without their line breaks).</summary>
    public int ByteCount => _length;

    /// <summary>1-based line number of item <paramref name="item"/> (0 ≤ item &lt; <see cref="Count"/>) in the whole input.</summary>
    public long LineOf(int item) => EntryAt(item).Line;

    /// <summary>
    /// Parses item <paramref name="item"/> (0 ≤ item &lt; <see cref="Count"/>) without throwing: the snapshot, or why
    /// the line is not one (bad JSON, a wrong or unknown field, or a line over <see cref="SnapshotReadOptions.MaxItemBytes"/>).
    /// </summary>
    public SnapshotReadResult<T> Parse<T>(int item)
        where T : class, ISnapshot
    {
        ObjectDisposedException.ThrowIf(_entries.Length == 0, this);
        var entry = EntryAt(item);
        return entry.Length < 0
            ? SnapshotReadResult<T>.Failure(ItemTooLong.Line(entry.Line, entry.Index, _maxItemBytes), entry.Line)
            : SnapshotItemParser.Parse(_bytes.AsSpan(entry.Start, entry.Length), entry.Line, entry.Index, TypeInfoOf<T>.Compact);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_entries.Length == 0)
        {
            return;
        }

        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<Entry>.Shared.Return(_entries);
        _bytes = [];
        _entries = [];
    }

    internal void Add(ReadOnlySpan<byte> line, long lineNumber, int index)
    {
        if (_length + line.Length > _bytes.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + line.Length, _bytes.Length * 2));
            _bytes.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = bigger;
        }

        line.CopyTo(_bytes.AsSpan(_length));
        Append(new Entry(_length, line.Length, lineNumber, index));
        _length += line.Length;
    }

    internal void AddTooLong(long lineNumber, int index) => Append(new Entry(_length, -1, lineNumber, index));

    private void Append(Entry entry)
    {
        if (Count == _entries.Length)
        {
            var bigger = ArrayPool<Entry>.Shared.Rent(Count * 2);
            _entries.AsSpan(0, Count).CopyTo(bigger);
            ArrayPool<Entry>.Shared.Return(_entries);
            _entries = bigger;
        }

        _entries[Count++] = entry;
    }

    private Entry EntryAt(int item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(item, Count);
        return _entries[item];
    }

    /// <summary>One item: where its bytes are (a length of -1 marks a line over the limit), its line and its index.</summary>
    internal readonly record struct Entry(int Start, int Length, long Line, int Index);

    private static class TypeInfoOf<T>
    {
        public static readonly JsonTypeInfo<T> Compact = SnapshotJsonOptions.TypeInfo<T>();
    }
}
