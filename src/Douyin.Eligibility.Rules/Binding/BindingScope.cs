namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// A workflow input as the binder sees it: its name, its slot in the input array, its type, and its position in
/// the declaring workflow's <c>Inputs</c> (what <c>input1</c>… refer to; it differs from the slot for an injected workflow).
/// </summary>
internal sealed record InputSymbol(string Name, int Index, ExprType Type, int Position)
{
    public InputSymbol(string name, int index, ExprType type)
        : this(name, index, type, index)
    {
    }
}

/// <summary>
/// The names an expression can use besides lambda parameters: params (rule-local first, then global)
/// and inputs. Params are added in order, so a param can only use the ones declared before it.
/// </summary>
internal sealed class BindingScope
{
    // Created on first use: most rules declare no LocalParams, and a workflow may have thousands of rules.
    private Dictionary<string, ParamSymbol>? _params;
    private HashSet<string>? _failed;
    private readonly BindingScope? _parent;

    public BindingScope(IReadOnlyList<InputSymbol> inputs)
    {
        Inputs = inputs;
    }

    private BindingScope(BindingScope parent)
    {
        _parent = parent;
        Inputs = parent.Inputs;
    }

    public IReadOnlyList<InputSymbol> Inputs { get; }

    public BindingScope CreateChild() => new(this);

    public void AddParam(ParamSymbol param) => (_params ??= new(StringComparer.Ordinal))[param.Name] = param;

    /// <summary>Marks a param whose expression had errors, so its uses stay quiet instead of repeating them.</summary>
    public void AddFailedParam(string name) => (_failed ??= new(StringComparer.OrdinalIgnoreCase)).Add(name);

    public bool IsFailedParam(string name)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._failed?.Contains(name) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Params visible here whose name matches ignoring case, nearest scope first (only that scope's).</summary>
    public IReadOnlyList<ParamSymbol> FindParams(string name)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._params is not { Count: > 0 } parameters)
            {
                continue;
            }

            List<ParamSymbol>? found = null;
            foreach (var (key, param) in parameters)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    (found ??= []).Add(param);
                }
            }

            if (found is not null)
            {
                return found;
            }
        }

        return [];
    }

    public IEnumerable<string> AllNames()
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            foreach (var name in scope._params?.Keys ?? Enumerable.Empty<string>())
            {
                yield return name;
            }
        }

        foreach (var input in Inputs)
        {
            yield return input.Name;
        }
    }
}
