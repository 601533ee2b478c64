using System.Text;

namespace Douyin.Eligibility.Tool.Input;

/// <summary>The byte-order marks an input may start with.</summary>
internal static class ByteOrderMark
{
    /// <summary>The UTF-16 or UTF-32 encoding a mark at the start declares (null for UTF-8 or no mark), and the mark's length.</summary>
    public static (Encoding? Encoding, int Length) Detect(ReadOnlySpan<byte> start) => start switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        [0xEF, 0xBB, 0xBF, ..] => (null, 3),
        _ => (null, 0),
    };
}
