using System.Linq.Expressions;
using System.Reflection;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// Compiles up to <see cref="ChunkSize"/> top-level rules into one delegate that returns their outcomes packed two
/// bits a rule (rule <c>i</c> at bits <c>2i</c>, <c>2i + 1</c>), so a whole workflow runs without a result object, an
/// array or a delegate call per rule. The codes are those of <c>RuleOutcome</c>: 0 passed, 1 failed, 2 indeterminate,
/// 3 error. Nested rules combine as <c>OutcomeLogic.Combine</c> does, stopping at the first decisive child. The fast
/// variant has one try region for the whole chunk; a rule error caught there reruns the chunk in the guarded variant
/// (<see cref="VerdictFallback"/>, compiled on first need), where each leaf is wrapped on its own, so a rule error makes
/// only that rule an error and the outcomes are those of the guarded variant always.
/// </summary>
/// <remarks>
/// The delegate takes the single input directly (<c>inputs</c> is null then), or all inputs in an array for a
/// workflow with several. It allocates nothing, except for rules with non-constant params: their values keep the
/// slot mechanism (<see cref="ParamCache"/>), which needs one <see cref="EvaluationState"/> per evaluation and a slot
/// array per such rule, and boxes the values. A rule error allocates its exception (errors are thrown where they happen,
/// and caught around the rule).
/// </remarks>
internal static class VerdictCompiler
{
    /// <summary>Rules per delegate: 32 outcomes of two bits fill a <see cref="ulong"/>.</summary>
    public const int ChunkSize = 32;

    public const int Passed = 0;
    public const int Failed = 1;
    public const int Indeterminate = 2;
    public const int Error = 3;

    private static readonly MethodInfo IsRuleErrorMethod = typeof(RuleErrors).GetMethod(nameof(RuleErrors.Is))!;
    private static readonly ConstructorInfo StateConstructor = typeof(EvaluationState).GetConstructors().Single();
    private static readonly MethodInfo SingleInputMethod = typeof(VerdictCompiler).GetMethod(nameof(SingleInput), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo GetValueOrDefaultMethod = typeof(bool?).GetMethod(nameof(Nullable<bool>.GetValueOrDefault), Type.EmptyTypes)!;

    /// <summary>The lambda of one chunk: <c>(input, inputs, asOf) =&gt; packed outcomes</c>.</summary>
    /// <param name="rules">The chunk's rules.</param>
    /// <param name="inputTypes">The workflow's input types.</param>
    /// <param name="settings">Compile settings.</param>
    /// <param name="fallback">Null for the guarded variant (a try region per leaf); otherwise the guarded variant, which
    /// the fast one built here (one try region for the chunk) runs when it catches a rule error.</param>
    public static Expression<Func<object?, object?[]?, DateOnly, ulong>> Build(IReadOnlyList<VerdictRule> rules, IReadOnlyList<Type> inputTypes, CompileSettings settings, VerdictFallback? fallback = null)
    {
        if (rules.Count > ChunkSize)
        {
            throw new ArgumentOutOfRangeException(nameof(rules), rules.Count, $"At most {ChunkSize} rules per chunk.");
        }

        var input = Expression.Parameter(typeof(object), "input");
        var inputs = Expression.Parameter(typeof(object[]), "inputs");
        var asOf = Expression.Parameter(typeof(DateOnly), "asOf");
        var locals = inputTypes.Select((t, i) => Expression.Variable(t, $"input{i}")).ToArray();
        var compiler = ExpressionCompiler.ForFrame(new VerdictFrame(locals, asOf), settings);
        var variables = new List<ParameterExpression>(locals);
        var statements = new List<Expression>();
        for (var i = 0; i < locals.Length; i++)
        {
            Expression value = inputTypes.Count == 1 ? input : Expression.ArrayIndex(inputs, Expression.Constant(i));
            statements.Add(Expression.Assign(locals[i], Expression.Convert(value, locals[i].Type)));
        }

        if (rules.Any(UsesParams))
        {
            // Only params read the state; a workflow without non-constant params never builds one.
            var all = inputTypes.Count == 1 ? Expression.Call(SingleInputMethod, input) : (Expression)inputs;
            statements.Add(Expression.Assign(compiler.State, Expression.New(StateConstructor, all, asOf, Expression.Constant(null, typeof(ITraceSink)))));
            variables.Add(compiler.State);
        }

        var packed = Expression.Variable(typeof(ulong), "packed");
        variables.Add(packed);
        statements.Add(Expression.Assign(packed, Expression.Constant(0UL)));
        var guarded = fallback is null;
        var body = guarded ? statements : [];

        // The fast variant accumulates in a variable of the try region alone: one the handler or the code after it
        // reads lives on the stack, and every rule's OR into it went through memory (a store-to-load chain per rule).
        var accumulated = guarded ? packed : Expression.Variable(typeof(ulong), "accumulated");
        if (!guarded)
        {
            variables.Add(accumulated);
            body.Add(Expression.Assign(accumulated, Expression.Constant(0UL)));
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var outcome = Expression.Variable(typeof(int), $"rule{i}");
            variables.Add(outcome);
            Emit(compiler, rules[i], outcome, variables, body, guarded);
            body.Add(Expression.OrAssign(accumulated, Expression.LeftShift(Expression.Convert(outcome, typeof(ulong)), Expression.Constant(2 * i))));
        }

        if (!guarded)
        {
            // A rule error anywhere in the chunk: the guarded variant computes every outcome again, each rule on its own.
            var error = Expression.Variable(typeof(Exception), "error");
            var rerun = Expression.Call(Expression.Constant(fallback), typeof(VerdictFallback).GetMethod(nameof(VerdictFallback.Run))!, input, inputs, asOf);
            body.Add(Expression.Assign(packed, accumulated));
            statements.Add(Expression.TryCatch(
                Expression.Block(typeof(void), body),
                CatchRuleError(settings, error, Expression.Assign(packed, rerun))));
        }

        statements.Add(packed);
        return Expression.Lambda<Func<object?, object?[]?, DateOnly, ulong>>(Expression.Block(typeof(ulong), variables, statements), input, inputs, asOf);
    }

    /// <summary>
    /// Catches a rule error (<see cref="RuleErrors"/>) and lets any other exception through: with an exception filter when
    /// compiled; interpreted (Native AOT), the interpreter does not apply a filter to an exception its own instructions
    /// throw (a division by zero), so the handler tests and rethrows instead.
    /// </summary>
    private static CatchBlock CatchRuleError(CompileSettings settings, ParameterExpression error, Expression handle)
        => settings.Interpreted
            ? Expression.Catch(error, Expression.Condition(Expression.Call(IsRuleErrorMethod, error), Expression.Block(typeof(void), handle), Expression.Rethrow(), typeof(void)))
            : Expression.Catch(error, Expression.Block(typeof(void), handle), Expression.Call(IsRuleErrorMethod, error));

    private static bool UsesParams(VerdictRule rule)
        => rule.Condition is { } condition ? ParamSymbol.ClosureOf(condition).Count > 0 : rule.Children.Any(UsesParams);

    /// <summary>Appends the statements that leave <paramref name="rule"/>'s outcome code in <paramref name="outcome"/>.</summary>
    private static void Emit(ExpressionCompiler compiler, VerdictRule rule, ParameterExpression outcome, List<ParameterExpression> variables, List<Expression> statements, bool guarded)
    {
        if (rule.Condition is { } condition)
        {
            var value = Expression.Variable(typeof(bool?), "value");
            if (!guarded)
            {
                // The chunk's one try region catches for it.
                variables.Add(value);
                statements.Add(Expression.Assign(value, compiler.CompileConditionBody(condition)));
                statements.Add(Expression.Assign(outcome, Code(value)));
                return;
            }

            var error = Expression.Variable(typeof(Exception), "error");
            var code = Code(value);
            statements.Add(Expression.TryCatch(
                Expression.Block(
                    typeof(void),
                    [value],
                    Expression.Assign(value, compiler.CompileConditionBody(condition)),
                    Expression.Assign(outcome, code)),
                CatchRuleError(compiler.Settings, error, Expression.Assign(outcome, Expression.Constant(Error)))));
            return;
        }

        // And: a failed child decides; Or: a passed one. Otherwise an error, then an unknown, wins; else the other value.
        var decisive = rule.IsAnd ? Failed : Passed;
        var done = Expression.Label("done");
        var worst = Expression.Variable(typeof(int), "worst");
        var child = Expression.Variable(typeof(int), "child");
        variables.Add(worst);
        variables.Add(child);
        statements.Add(Expression.Assign(worst, Expression.Constant(rule.IsAnd ? Passed : Failed)));
        foreach (var nested in rule.Children)
        {
            Emit(compiler, nested, child, variables, statements, guarded);
            statements.Add(Expression.IfThen(
                Expression.Equal(child, Expression.Constant(decisive)),
                Expression.Block(Expression.Assign(worst, Expression.Constant(decisive)), Expression.Goto(done))));

            // Error (3) outranks Indeterminate (2), which outranks the non-decisive value (0 or 1).
            statements.Add(Expression.IfThen(
                Expression.GreaterThan(child, Expression.Constant(Failed)),
                Expression.Assign(worst, Expression.Condition(Expression.GreaterThan(child, worst), child, worst))));
        }

        statements.Add(Expression.Label(done));
        statements.Add(Expression.Assign(outcome, worst));
    }

    /// <summary>The outcome code of a condition's value: Passed, Failed, or Indeterminate for null.</summary>
    private static ConditionalExpression Code(ParameterExpression value)
        => Expression.Condition(
            Nullables.HasValue(value),
            Expression.Condition(Expression.Call(value, GetValueOrDefaultMethod), Expression.Constant(Passed), Expression.Constant(Failed)),
            Expression.Constant(Indeterminate));

    /// <summary>The inputs array of a one-input workflow (called from compiled code rather than a new-array node, which Native AOT cannot vouch for).</summary>
    private static object?[] SingleInput(object? input) => [input];
}
