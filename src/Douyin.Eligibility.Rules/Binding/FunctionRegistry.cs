using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// The whitelist of callable functions, by name: what the binder resolves calls against. Nothing outside it can be
/// called from a rule; the built-in set is <see cref="Functions.BuiltInFunctions.Registry"/>.
/// </summary>
internal sealed class FunctionRegistry
{
    private readonly Dictionary<string, List<FunctionDefinition>> _byName = new(StringComparer.OrdinalIgnoreCase);

    public FunctionRegistry(IEnumerable<FunctionDefinition> functions)
    {
        foreach (var function in functions)
        {
            if (!_byName.TryGetValue(function.Name, out var list))
            {
                _byName[function.Name] = list = [];
            }

            list.Add(function);
        }

        LambdaFunctionNames = All.Where(f => f.TakesLambda).Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public IEnumerable<FunctionDefinition> All => _byName.Values.SelectMany(v => v);

    /// <summary>The names of the functions that take a lambda, in registration order (for the "lambda out of place" diagnostics).</summary>
    public IReadOnlyList<string> LambdaFunctionNames { get; }

    public bool IsKnown(string name) => _byName.ContainsKey(name);

    public FunctionDefinition? Resolve(string name, ExprType? receiver, out (string Code, string? Variant, object?[] Args)? problem)
    {
        problem = null;
        if (!_byName.TryGetValue(name, out var candidates))
        {
            var hint = NameSuggester.Hint(name, _byName.Keys);
            problem = (DiagnosticCodes.UnknownFunction, null, [name, hint]);
            return null;
        }

        var form = candidates.Where(f => f.IsMethod == receiver is not null).ToList();
        if (form.Count == 0)
        {
            var usage = candidates[0].Usage;
            problem = receiver is null
                ? (DiagnosticCodes.NotCallable, "NeedsReceiver", [candidates[0].Name, usage])
                : (DiagnosticCodes.NotCallable, "NoReceiver", [candidates[0].Name, usage]);
            return null;
        }

        var match = receiver is null ? form[0] : form.FirstOrDefault(f => f.Accepts(receiver));
        if (match is null)
        {
            var receivers = Messages.Join("List_AndTight", form.Select(f => f.ReceiverDescription).Distinct().Select(key => Messages.Get(key)));
            problem = (DiagnosticCodes.NotCallable, null, [form[0].Name, receivers, receiver!.DisplayName]);
        }

        return match;
    }
}
