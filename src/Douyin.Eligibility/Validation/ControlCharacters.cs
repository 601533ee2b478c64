using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// Whether a string has a control character (<see cref="ValidationCollector.IndexOfControl"/>'s, without its position), for
/// the validator's fast path: a snapshot's ids, names and codes are mostly 4 to 16 characters, and each is tested here
/// with one or two vector compares (overlapping loads, no loop), where finding the position takes a loop.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>True when <see cref="ValidationCollector.IndexOfControl"/> would find one (is not -1).</summary>
    public static bool Any(ReadOnlySpan<char> value, bool allowLineBreaks)
    {
        var length = value.Length;
        if (!Vector128.IsHardwareAccelerated || length < 4)
        {
            return ValidationCollector.IndexOfControl(value, allowLineBreaks) >= 0;
        }

        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value));
        if (length < Vector128<ushort>.Count)
        {
            // Four to seven characters: the first four and the last four (overlapping) fill one vector.
            var first = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref start));
            var last = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref start, length - 4)));
            return Control(Vector128.Create(first, last).AsUInt16(), allowLineBreaks) != Vector128<ushort>.Zero;
        }

        var found = Vector128<ushort>.Zero;
        var i = 0;
        for (; i <= length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
        {
            found |= Control(Vector128.LoadUnsafe(ref start, (nuint)i), allowLineBreaks);
        }

        if (i < length)
        {
            // The last block overlaps the one before.
            found |= Control(Vector128.LoadUnsafe(ref start, (nuint)(length - Vector128<ushort>.Count)), allowLineBreaks);
        }

        return found != Vector128<ushort>.Zero;
    }

    /// <summary>Lanes that are U+0000–U+001F or U+007F–U+009F, tab, CR and LF excepted when <paramref name="allowLineBreaks"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Control(Vector128<ushort> v, bool allowLineBreaks)
    {
        var control = Vector128.LessThan(v, Vector128.Create((ushort)0x20))
            | Vector128.LessThan(v - Vector128.Create((ushort)0x7F), Vector128.Create((ushort)0x21));
        if (allowLineBreaks)
        {
            control &= ~(Vector128.Equals(v, Vector128.Create((ushort)'\t')) | Vector128.Equals(v, Vector128.Create((ushort)'\n')) | Vector128.Equals(v, Vector128.Create((ushort)'\r')));
        }

        return control;
    }
}
