using System.Globalization;

namespace Douyin.Eligibility.Json;

/// <summary>The read error of an item longer than <see cref="SnapshotReadOptions.MaxItemBytes"/>, in English and Chinese.</summary>
internal static class ItemTooLong
{
    public static SnapshotReadError Line(long line, int index, int max)
        => Error(line, index, $"The line is longer than the limit of {Bytes(max)} bytes; it was skipped.", $"该行长度超过 {Bytes(max)} 字节的上限，已跳过。");

    public static SnapshotReadError Element(long line, int index, int max)
        => Error(line, index, $"The element is longer than the limit of {Bytes(max)} bytes; it was skipped.", $"该元素长度超过 {Bytes(max)} 字节的上限，已跳过。");

    public static SnapshotReadError Document(int max)
        => Error(1, 0, $"The document is longer than the limit of {Bytes(max)} bytes.", $"该文档长度超过 {Bytes(max)} 字节的上限。");

    private static SnapshotReadError Error(long line, int index, string message, string messageZh)
        => new(line, index, string.Empty, message) { MessageZh = messageZh };

    private static string Bytes(int max) => max.ToString(CultureInfo.InvariantCulture);
}
