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
        for (var i = 0; i < Count; i++)
        {
            if (this[i] == outcome)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many rules did not pass.</summary>
    public int NotPassedCount()
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            n += this[i] == RuleOutcome.Passed ? 0 : 1;
        }

        return n;
    }
}
