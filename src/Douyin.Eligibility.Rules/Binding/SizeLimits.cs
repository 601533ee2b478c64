using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// The declared maximum size of a value: elements for a collection, characters for a string. A member declares it
/// with <see cref="MaxLengthAttribute"/>; <see cref="RuleSetOptions.MaxSizes"/> overrides it; otherwise the defaults
/// of <see cref="ExpressionLimits"/> apply. The cost model assumes these sizes and the compiled code enforces them.
/// </summary>
internal sealed class SizeLimits(ExpressionLimits limits, IReadOnlyDictionary<string, int> overrides)
{
    private static readonly ConcurrentDictionary<MemberInfo, int?> Declared = new();

    public static SizeLimits Default { get; } = new(new ExpressionLimits(), new Dictionary<string, int>());

    /// <summary>The declared maximum of a member's value, or 0 for a member that is neither a string nor a collection.</summary>
    public int Of(MemberInfo member, ExprType type)
    {
        if (type.Kind is not (ValueKind.String or ValueKind.Collection))
        {
            return 0;
        }

        if (overrides.TryGetValue($"{member.DeclaringType?.Name}.{member.Name}", out var overridden))
        {
            return overridden;
        }

        return Declared.GetOrAdd(member, static m => m.GetCustomAttribute<MaxLengthAttribute>()?.Length) is { } declared and >= 0
            ? declared
            : OfType(type);
    }

    /// <summary>The default maximum for a value of <paramref name="type"/> that no member declares (an input, an element).</summary>
    public int OfType(ExprType type) => type.Kind switch
    {
        ValueKind.String => limits.DefaultMaxStringLength,
        ValueKind.Collection => limits.DefaultMaxCollectionSize,
        _ => 0,
    };
}
