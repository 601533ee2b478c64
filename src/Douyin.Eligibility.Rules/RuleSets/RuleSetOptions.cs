using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules;

/// <summary>How rule files are loaded: which input types they may name, and the expression limits.</summary>
public sealed class RuleSetOptions
{
    private readonly Dictionary<string, Type> _inputTypes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The types a workflow's <c>Inputs</c> may name, by name (matched ignoring case).</summary>
    public IReadOnlyDictionary<string, Type> InputTypes => _inputTypes;

    /// <summary>Bounds on expression length and nesting.</summary>
    public ExpressionLimits Limits { get; set; } = new();

    /// <summary>Registers a type that workflow inputs may have, under <paramref name="name"/> (default: the type's name).</summary>
    /// <returns>These options, for chaining.</returns>
    public RuleSetOptions AddInputType<T>(string? name = null) => AddInputType(typeof(T), name);

    /// <summary>Registers a type that workflow inputs may have, under <paramref name="name"/> (default: the type's name).</summary>
    /// <returns>These options, for chaining.</returns>
    public RuleSetOptions AddInputType(Type type, string? name = null)
    {
        Guard.NotNull(type);
        _inputTypes[name ?? type.Name] = type;
        return this;
    }
}
