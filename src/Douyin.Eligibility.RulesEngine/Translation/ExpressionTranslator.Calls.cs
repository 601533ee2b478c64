using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Functions;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// Calls of the rule language's functions. Collection functions fold the lambda's nullable value over the elements
/// with a helper that stops where the built-in engine stops (Any at the first true value, All at the first false
/// one, the others at the end); a missing collection is missing. A function with no translation here is a diagnostic.
/// </summary>
internal sealed partial class ExpressionTranslator
{
    private string Call(BoundCall call) => call.Function switch
    {
        AnyFunction when call.Arguments.Count == 0 => WithCollection(call, receiver => $"bool?({receiver}.Any())"),
        AnyFunction => Fold(call, nameof(DouyinRuleFunctions.AnyOf)),
        AllFunction => Fold(call, nameof(DouyinRuleFunctions.AllOf)),
        CountFunction when call.Arguments.Count == 0 => WithCollection(call, receiver => $"int?({receiver}.Count())"),
        CountFunction => Fold(call, nameof(DouyinRuleFunctions.CountOf)),
        SumFunction => Fold(call, nameof(DouyinRuleFunctions.SumOf), body => call.Type.Kind == ValueKind.Long && body.Type.Kind == ValueKind.Integer ? nameof(DouyinRuleFunctions.AsLong) : null),
        MinFunction => Fold(call, nameof(DouyinRuleFunctions.MinOf)),
        MaxFunction => Fold(call, nameof(DouyinRuleFunctions.MaxOf)),
        CollectionContainsFunction => CollectionContains(call),
        StartsWithFunction => Helper(nameof(DouyinRuleFunctions.TextStartsWith), call.Receiver!, call.Arguments[0]),
        EndsWithFunction => Helper(nameof(DouyinRuleFunctions.TextEndsWith), call.Receiver!, call.Arguments[0]),
        StringContainsFunction => Helper(nameof(DouyinRuleFunctions.TextContains), call.Receiver!, call.Arguments[0]),
        AddDaysFunction => Helper(nameof(DouyinRuleFunctions.AddDays), call.Arguments[0], call.Arguments[1]),
        DaysBetweenFunction => Helper(nameof(DouyinRuleFunctions.DaysBetween), call.Arguments[0], call.Arguments[1]),
        WithinLastDaysFunction => DynamicLinqText.Call(nameof(DouyinRuleFunctions.WithinLastDays), Value(call.Arguments[0]), Value(call.Arguments[1]), TranslatedWorkflow.AsOfParameter),
        YearFunction => Helper(nameof(DouyinRuleFunctions.Year), call.Arguments[0]),
        StartOfYearFunction => Helper(nameof(DouyinRuleFunctions.StartOfYear), call.Arguments[0]),
        AbsFunction => Helper(nameof(DouyinRuleFunctions.Abs), call.Arguments[0]),
        _ => throw Untranslatable(call, $"the function {call.Function.Name}"),
    };

    /// <summary>
    /// Whether the translator knows <paramref name="function"/> (a test checks every registered function). <c>Date("…")</c>
    /// only takes a constant, so it is always folded at load and written as a constant.
    /// </summary>
    internal static bool Knows(FunctionDefinition function) => function is DateFunction or AnyFunction or AllFunction or CountFunction or SumFunction
        or MinFunction or MaxFunction or CollectionContainsFunction or StartsWithFunction or EndsWithFunction or StringContainsFunction
        or AddDaysFunction or DaysBetweenFunction or WithinLastDaysFunction or YearFunction or StartOfYearFunction or AbsFunction;

    private string Helper(string name, params BoundExpression[] arguments) => DynamicLinqText.Call(name, [.. arguments.Select(Value)]);

    /// <summary>Missing when the receiver collection is; otherwise <paramref name="whenPresent"/> of it.</summary>
    private string WithCollection(BoundCall call, Func<string, string> whenPresent)
    {
        var receiver = Value(call.Receiver!);
        return $"iif({receiver} == null, {DynamicLinqText.Null(call.Type)}, {whenPresent(receiver)})";
    }

    /// <summary><c>Helper(collection.Select(x => value))</c>: the lambda's value for each element, folded by the helper.</summary>
    private string Fold(BoundCall call, string helper, Func<BoundExpression, string?>? convertBody = null)
    {
        var lambda = (BoundLambda)call.Arguments[0];
        return WithCollection(call, receiver =>
        {
            var name = $"l{_lambdas.Count}";
            _lambdas[lambda.Parameter] = name;
            try
            {
                var body = Value(lambda.Body);
                var conversion = convertBody?.Invoke(lambda.Body);
                body = conversion is null ? body : DynamicLinqText.Call(conversion, body);
                return DynamicLinqText.Call(helper, $"{receiver}.Select({name} => {body})");
            }
            finally
            {
                _lambdas.Remove(lambda.Parameter);
            }
        });
    }

    /// <summary><c>collection.Contains(value)</c>: the value first (missing: unknown), then each element in its nullable form.</summary>
    private string CollectionContains(BoundCall call)
    {
        var element = call.Receiver!.Type.Element!;
        var target = Value(call.Arguments[0]);
        return WithCollection(call, receiver =>
        {
            var name = $"l{_lambdas.Count}";
            var elements = element.Kind == ValueKind.String ? receiver : $"{receiver}.Select({name} => {DynamicLinqText.Lifted(name, element)})";
            return DynamicLinqText.Call(nameof(DouyinRuleFunctions.ContainsOf), elements, target);
        });
    }
}
