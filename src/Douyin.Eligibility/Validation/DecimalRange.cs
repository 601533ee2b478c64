using System.Runtime.CompilerServices;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// <c>0 &lt;= value &lt;= max</c> for a whole <c>max</c>, read from the decimal's bits: the validator tests a dozen rates and
/// scores per snapshot, and <see cref="decimal"/>'s own comparison rescales whenever the scales differ (0.85 against 1).
/// Exactly the comparison's answer: anything the bits do not settle at once (a 96-bit mantissa, a scale beyond 17) is
/// left to it.
/// </summary>
internal static class DecimalRange
{
    private const int MaxFastScale = 17;

    // 10^0 … 10^17: times a max up to 100 still fits a ulong.
    private static readonly ulong[] Powers = BuildPowers();

    /// <summary>Null, or within [0, <paramref name="max"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWithin(decimal? value, int max) => value is not { } v || IsWithin(v, max);

    /// <summary>Within [0, <paramref name="max"/>] (0 &lt;= max &lt;= 100), as <c>!(value &lt; 0m || value &gt; max)</c> says.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWithin(decimal value, int max)
    {
        // A bit cast, not a reinterpreted reference: the value stays in registers and the method inlines.
        var bits = Unsafe.BitCast<decimal, Bits>(value);
        var scale = (bits.Flags >> 16) & 0xFF;
        if (!LayoutKnown || bits.High != 0 || scale > MaxFastScale || (uint)max > 100)
        {
            return !(value < 0m || value > max);
        }

        // Negative: within only as -0, which equals 0.
        return bits.Flags < 0 ? bits.Low == 0 : bits.Low <= (ulong)max * Powers[scale];
    }

    /// <summary>Whether <see cref="decimal"/> is laid out as <see cref="Bits"/> (flags, high 32 bits, low 64 bits) on this runtime; if not, the comparison decides every value.</summary>
    private static readonly bool LayoutKnown = Matches(-123.4500m) && Matches(new decimal(0x1234_5678, 0x0ABC_DEF0, 0, false, 9)) && Matches(decimal.MaxValue);

    private static bool Matches(decimal value)
    {
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(value, parts);
        var bits = Unsafe.BitCast<decimal, Bits>(value);
        return bits.Flags == parts[3] && bits.High == (uint)parts[2] && bits.Low == (((ulong)(uint)parts[1] << 32) | (uint)parts[0]);
    }

    /// <summary><see cref="decimal"/>'s fields in .NET's order: flags (sign and scale), the high 32 bits, the low 64 bits of the mantissa.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private readonly struct Bits
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[MaxFastScale + 1];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
