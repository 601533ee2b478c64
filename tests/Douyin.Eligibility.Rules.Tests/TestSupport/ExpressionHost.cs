using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;
using Douyin.Eligibility.Rules.Functions;
using Douyin.Eligibility.Rules.Syntax;

namespace Douyin.Eligibility.Rules.Tests.TestSupport;

/// <summary>Parses, binds and compiles one expression over a single input named <c>store</c>.</summary>
internal static class ExpressionHost
{
    public static readonly DateOnly AsOf = new(2024, 7, 25);

    public static (BoundExpression? Bound, IReadOnlyList<Diagnostic> Diagnostics) Bind(string expression, Type? inputType = null, bool condition = true)
    {
        var diagnostics = new DiagnosticBag();
        var text = ExpressionText.Inline(expression, "test.json");
        var syntax = Parser.Parse(text, diagnostics, new ExpressionLimits(), BuiltInFunctions.Registry.LambdaFunctionNames);
        if (syntax is null)
        {
            return (null, diagnostics.Items);
        }

        var scope = new BindingScope([new InputSymbol("store", 0, ExprType.Of(inputType ?? typeof(Store)))]);
        scope.AddParam(new ParamSymbol("MinScore", new BoundLiteral(ExprType.Decimal, "4.1", 4.1m), 0, []));
        scope.AddParam(new ParamSymbol("Limit", new BoundLiteral(ExprType.Integer, "3", 3), 1, []));
        var bound = condition
            ? Binder.BindCondition(text, syntax, diagnostics, scope, BuiltInFunctions.Registry)
            : Binder.BindValue(text, syntax, diagnostics, scope, BuiltInFunctions.Registry);
        return (bound, diagnostics.Items);
    }

    public static string[] Errors(string expression, Type? inputType = null, bool condition = true)
        => Bind(expression, inputType, condition).Diagnostics.Select(d => d.ToString()).ToArray();

    public static BoundExpression BindOrFail(string expression, bool condition = true)
    {
        var (bound, diagnostics) = Bind(expression, condition: condition);
        diagnostics.Should().BeEmpty();
        return bound!;
    }

    /// <summary>Evaluates a condition through the verdict (untraced) delegate.</summary>
    public static bool? Condition(string expression, Store? store, DateOnly? asOf = null)
    {
        var bound = BindOrFail(expression);
        var run = ExpressionCompiler.CompileCondition(bound, tracing: false, []);
        return run(new EvaluationState([store], asOf ?? AsOf, null));
    }

    /// <summary>Evaluates a condition through the tracing delegate.</summary>
    public static (bool? Value, TraceRecorder Recorder) Traced(string expression, Store? store, DateOnly? asOf = null)
    {
        var bound = BindOrFail(expression);
        var sites = new List<TraceSite>();
        var run = ExpressionCompiler.CompileCondition(bound, tracing: true, sites);
        var recorder = new TraceRecorder(sites);
        return (run(new EvaluationState([store], asOf ?? AsOf, recorder)), recorder);
    }

    /// <summary>Compiles a condition once, both ways: the verdict delegate and the explaining one.</summary>
    public static (Func<Store?, bool?> Verdict, Func<Store?, bool?> Traced) CompileBoth(string expression, CompileSettings? settings = null)
    {
        var bound = BindOrFail(expression);
        var verdict = ExpressionCompiler.CompileCondition(bound, tracing: false, [], settings);
        var sites = new List<TraceSite>();
        var traced = ExpressionCompiler.CompileCondition(bound, tracing: true, sites, settings);
        return (
            store => verdict(new EvaluationState([store], AsOf, null)),
            store => traced(new EvaluationState([store], AsOf, new TraceRecorder(sites))));
    }

    public static object? Value(string expression, Store? store, DateOnly? asOf = null)
    {
        var bound = BindOrFail(expression, condition: false);
        return ExpressionCompiler.CompileValue(bound)(new EvaluationState([store], asOf ?? AsOf, null));
    }
}
