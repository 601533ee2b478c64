namespace Douyin.Eligibility.Json;

/// <summary>Items cut from a byte stream that arrives in chunks: the caller reads into <see cref="FreeSpace"/> whenever <see cref="Next"/> has nothing.</summary>
internal interface IStreamItems<T>
    where T : class
{
    /// <summary>True once the input has ended or failed; nothing more is read.</summary>
    bool IsDone { get; }

    /// <summary>Where to read the next chunk to; pass the count read to <see cref="Advance"/>.</summary>
    Memory<byte> FreeSpace { get; }

    /// <summary>Records a chunk read into <see cref="FreeSpace"/>; 0 means end of input.</summary>
    void Advance(int count);

    /// <summary>The next item's result; null when more data is needed or, with <see cref="IsDone"/>, the input has ended.</summary>
    SnapshotReadResult<T>? Next();
}
