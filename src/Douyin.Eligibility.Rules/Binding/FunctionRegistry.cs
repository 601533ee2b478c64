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

    public FunctionDefinition? Resolve(string name, ExprType? receiver, out (string Code, string Message, string MessageZh)? problem)
    {
        problem = null;
        if (!_byName.TryGetValue(name, out var candidates))
        {
            var hint = NameSuggester.Hint(name, _byName.Keys);
            problem = (
                DiagnosticCodes.UnknownFunction,
                $"'{name}' is not a function expressions can call.{hint.En} See docs/rule-language.md for the list.",
                $"'{name}' 不是表达式可以调用的函数。{hint.Zh}可用函数列表见 docs/rule-language.md。");
            return null;
        }

        var form = candidates.Where(f => f.IsMethod == receiver is not null).ToList();
        if (form.Count == 0)
        {
            var usage = candidates[0].Usage;
            problem = receiver is null
                ? (DiagnosticCodes.NotCallable, $"{candidates[0].Name} is called on a value, as in {usage}.", $"{candidates[0].Name} 需要在某个值上调用，例如 {usage}。")
                : (DiagnosticCodes.NotCallable, $"{candidates[0].Name} is not called on a value; write {usage}.", $"{candidates[0].Name} 不能在值上调用；请写成 {usage}。");
            return null;
        }

        var match = receiver is null ? form[0] : form.FirstOrDefault(f => f.Accepts(receiver));
        if (match is null)
        {
            problem = (
                DiagnosticCodes.NotCallable,
                $"{form[0].Name} is defined for {string.Join(" and ", form.Select(f => f.ReceiverDescription).Distinct())}, not for {receiver!.DisplayName}.",
                $"{form[0].Name} 只适用于{string.Join("和", form.Select(f => f.ReceiverDescriptionZh).Distinct())}，不适用于{receiver.DisplayNameZh}。");
        }

        return match;
    }
}
