using System.Diagnostics.CodeAnalysis;
using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>How rule files are loaded: which input types they may name, and the expression limits.</summary>
public sealed class RuleSetOptions
{
    private readonly Dictionary<string, Type> _inputTypes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The types a workflow's <c>Inputs</c> may name, by name (matched ignoring case).</summary>
    public IReadOnlyDictionary<string, Type> InputTypes => _inputTypes;

    /// <summary>Bounds checked at load time: expression length and nesting, param nesting, cost, rule count (docs/limits.md).</summary>
    public ExpressionLimits Limits { get; set; } = new();

    /// <summary>
    /// Maximum sizes (elements of a collection, characters of a string) by <c>TypeName.MemberName</c>, e.g.
    /// <c>MerchantSnapshot.Products</c>; they override the member's
    /// <see cref="System.ComponentModel.DataAnnotations.MaxLengthAttribute"/> and the defaults of <see cref="Limits"/>.
    /// The cost of each rule is computed from these sizes, and a longer value at run time makes the rule an Error.
    /// </summary>
    public IDictionary<string, int> MaxSizes { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Test builds only: compiled code counts the steps it takes (<c>EvaluationState.Work</c>), to check the cost model.</summary>
    internal bool CountWork { get; set; }

    /// <summary>Test builds only: trees are interpreted as under Native AOT, to check that gives the compiled results.</summary>
    internal bool Interpret { get; set; }

    /// <summary>Tests and benchmarks: how fused verdicts become delegates (by default, large workflows are interpreted first).</summary>
    internal Compilation.VerdictTiering VerdictTiering { get; set; } = Compilation.VerdictTiering.Automatic;

    /// <summary>
    /// Registers a type that workflow inputs may have, under <paramref name="name"/> (default: the type's name). A trimmed
    /// or Native AOT app registers every data type its expressions reach, those of members and collection elements too:
    /// registering keeps their public properties and fields (docs/aot.md).
    /// </summary>
    /// <returns>These options, for chaining.</returns>
    public RuleSetOptions AddInputType<[DynamicallyAccessedMembers(TypeMembers.Kept)] T>(string? name = null) => AddInputType(typeof(T), name);

    /// <summary>
    /// Registers a type that workflow inputs may have, under <paramref name="name"/> (default: the type's name). A trimmed
    /// or Native AOT app registers every data type its expressions reach, those of members and collection elements too:
    /// registering keeps their public properties and fields (docs/aot.md).
    /// </summary>
    /// <returns>These options, for chaining.</returns>
    public RuleSetOptions AddInputType([DynamicallyAccessedMembers(TypeMembers.Kept)] Type type, string? name = null)
    {
        Guard.NotNull(type);
        _inputTypes[name ?? type.Name] = type;
        return this;
    }
}
