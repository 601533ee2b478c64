using System.Globalization;
using Douyin.Eligibility.Resources;

namespace Douyin.Eligibility.Json;

/// <summary>The read error of an item longer than <see cref="SnapshotReadOptions.MaxItemBytes"/>, from the catalog.</summary>
internal static class ItemTooLong
{
    public static SnapshotReadError Line(long line, int index, int max)
        => new(line, index, string.Empty, Catalog.Text("Read_LineTooLong", Bytes(max)));

    public static SnapshotReadError Element(long line, int index, int max)
        => new(line, index, string.Empty, Catalog.Text("Read_ElementTooLong", Bytes(max)));

    public static SnapshotReadError Document(int max)
        => new(1, 0, string.Empty, Catalog.Text("Read_DocumentTooLong", Bytes(max)));

    private static string Bytes(int max) => max.ToString(CultureInfo.InvariantCulture);
}
