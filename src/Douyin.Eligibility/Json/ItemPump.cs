using System.Runtime.CompilerServices;

namespace Douyin.Eligibility.Json;

/// <summary>Reads a stream into <see cref="IStreamItems{T}"/>, a chunk whenever the items need more, and yields their results.</summary>
internal static class ItemPump
{
    // The synchronous and asynchronous readers differ only in how they wait for the next chunk.
    public static IEnumerable<SnapshotReadResult<T>> Read<T>(IStreamItems<T> items, Stream stream)
        where T : class
    {
        while (!items.IsDone)
        {
            if (items.Next() is { } result)
            {
                yield return result;
            }
            else if (!items.IsDone)
            {
                items.Advance(stream.Read(items.FreeSpace.Span));
            }
        }
    }

    public static async IAsyncEnumerable<SnapshotReadResult<T>> ReadAsync<T>(IStreamItems<T> items, Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        while (!items.IsDone)
        {
            if (items.Next() is { } result)
            {
                yield return result;
            }
            else if (!items.IsDone)
            {
                items.Advance(await stream.ReadAsync(items.FreeSpace, cancellationToken).ConfigureAwait(false));
            }
        }
    }

    // Finding a stream's encoding reads from it, which an asynchronous reader can only do once enumeration starts; the
    // items are made then too, so each enumeration reads afresh.
    public static async IAsyncEnumerable<SnapshotReadResult<T>> OpenAndReadAsync<T>(
        Stream stream, Func<IStreamItems<T>> newItems, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var utf8 = await Utf8Input.OpenAsync(stream, cancellationToken).ConfigureAwait(false);
        await foreach (var result in ReadAsync(newItems(), utf8, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }
}
