using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>Reads snapshots one at a time from an <see cref="InputSource"/>, whatever its format, within its read limits.</summary>
internal static class SnapshotStream
{
    public static IEnumerable<SnapshotReadResult<T>> Read<T>(InputSource source)
        where T : class, ISnapshot
        => source.Format switch
        {
            InputFormat.JsonArray => SnapshotJson.ReadJsonArray<T>(source.Stream, source.ReadOptions),
            InputFormat.Csv => CsvSnapshotReader.Read<T>(source.Stream, source.ReadOptions.MaxItemBytes),
            InputFormat.JsonObject => ReadOne<T>(source),
            _ => SnapshotJson.ReadJsonLines<T>(source.Stream, source.ReadOptions),
        };

    private static IEnumerable<SnapshotReadResult<T>> ReadOne<T>(InputSource source)
        where T : class, ISnapshot
    {
        yield return SnapshotJson.Read<T>(source.Stream, source.ReadOptions);
    }
}
