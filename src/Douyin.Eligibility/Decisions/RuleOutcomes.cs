using System.Numerics;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// The outcome of each top-level rule of one evaluation, in rule order: packed two bits a rule for up to 32 rules (no
/// allocation), an array beyond.
/// </summary>
internal readonly struct RuleOutcomes
{
    private const int PackedUpTo = 32;

    private readonly ulong _packed;
    private readonly RuleOutcome[]? _array;

    private RuleOutcomes(int count, ulong packed, RuleOutcome[]? array)
    {
        Count = count;
        _packed = packed;
        _array = array;
    }

    /// <summary>How many rules.</summary>
    public int Count { get; }

    /// <summary>The outcome of rule <paramref name="index"/>.</summary>
    public RuleOutcome this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _array is { } array ? array[index] : (RuleOutcome)((_packed >> (2 * index)) & 3UL);
        }
    }

    /// <summary>The outcomes of <paramref name="outcomes"/>, copied.</summary>
    public static RuleOutcomes From(ReadOnlySpan<RuleOutcome> outcomes)
    {
        if (outcomes.Length <= PackedUpTo)
        {
            var packed = 0UL;
            var packable = true;
            for (var i = 0; i < outcomes.Length; i++)
            {
                var value = (uint)outcomes[i];
                packable &= value <= 3;
                packed |= (ulong)(value & 3) << (2 * i);
            }

            if (packable)
            {
                return new(outcomes.Length, packed, null);
            }
        }

        return new(outcomes.Length, 0, outcomes.ToArray());
    }

    /// <summary>Whether any rule came out <paramref name="outcome"/>.</summary>
    public bool Any(RuleOutcome outcome)
    {
        if (_array is null)
        {
            return Lanes(outcome) != 0;
        }

        for (var i = 0; i < Count; i++)
        {
            if (_array[i] == outcome)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many rules did not pass.</summary>
    public int NotPassedCount()
    {
        if (_array is null)
        {
            return Count - BitOperations.PopCount(Lanes(RuleOutcome.Passed));
        }

        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += _array[i] == RuleOutcome.Passed ? 0 : 1;
        }

        return n;
    }

    /// <summary>The packed rules that came out <paramref name="outcome"/>: the low bit of each one's two-bit field set.</summary>
    private ulong Lanes(RuleOutcome outcome)
    {
        const ulong LowBits = 0x5555_5555_5555_5555UL;
        var lanes = Count == PackedUpTo ? LowBits : LowBits & ((1UL << (2 * Count)) - 1);

        // A field equal to the outcome is 00 after the xor.
        var differ = _packed ^ (LowBits * (ulong)((uint)outcome & 3));
        return ~(differ | (differ >> 1)) & lanes;
    }
}
