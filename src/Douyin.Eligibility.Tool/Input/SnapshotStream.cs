using System.Text;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>Reads snapshots one at a time from an <see cref="InputSource"/>, whatever its format.</summary>
internal static class SnapshotStream
{
    public static IEnumerable<SnapshotReadResult<T>> Read<T>(InputSource source)
        where T : class, ISnapshot
        => source.Format switch
        {
            InputFormat.JsonArray => SnapshotJson.ReadJsonArray<T>(source.Stream),
            InputFormat.Csv => CsvSnapshotReader.Read<T>(Reader(source)),
            InputFormat.JsonObject => ReadOne<T>(source),
            _ => SnapshotJson.ReadJsonLines<T>(Reader(source)),
        };

    private static IEnumerable<SnapshotReadResult<T>> ReadOne<T>(InputSource source)
        where T : class, ISnapshot
    {
        using var reader = Reader(source);
        yield return SnapshotJson.Read<T>(reader.ReadToEnd());
    }

    private static StreamReader Reader(InputSource source)
        => new(source.Stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
}
