
namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// The values of the params one rule evaluation has computed, one slot each. A param is computed the first time it
/// is read, by its own compiled delegate, so a param used many times costs its value once and params that use
/// params never grow the code.
/// </summary>
internal static class ParamCache
{
    /// <summary>Marks a slot whose param was computed and is missing (null), as opposed to not computed yet.</summary>
    private static readonly object Missing = new();

    /// <summary>The method that allocates the slots (called from compiled code rather than a new-array node, which Native AOT cannot vouch for).</summary>
    public static readonly System.Reflection.MethodInfo NewSlotsMethod = typeof(ParamCache).GetMethod(nameof(NewSlots))!;

    /// <summary>Empty slots for <paramref name="count"/> params.</summary>
    public static object?[] NewSlots(int count) => new object?[count];

    public static object? Get(object?[] slots, int slot, EvaluationState state, Func<EvaluationState, object?[], object?> compute)
    {
        var value = slots[slot];
        if (value is null)
        {
            value = compute(state, slots) ?? Missing;
            slots[slot] = value;
        }

        return ReferenceEquals(value, Missing) ? null : value;
    }
}
