using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// Compiles a bound expression to a System.Linq.Expressions tree over an <see cref="EvaluationState"/>.
/// Every value is carried in its nullable form; null is "missing" and propagates as Unknown.
/// With <c>tracing</c> on, comparisons and boolean leaves report their operands to the trace recorder.
/// </summary>
internal sealed partial class ExpressionCompiler : ICallCompiler
{
    private static readonly MethodInfo ParamGetMethod = typeof(ParamCache).GetMethod(nameof(ParamCache.Get))!;
    private static readonly MethodInfo StringGuardMethod = typeof(SizeGuard).GetMethod(nameof(SizeGuard.String))!;
    private readonly Dictionary<LambdaParameterSymbol, ParameterExpression> _lambdaVariables = [];
    private readonly Dictionary<ParamSymbol, (int Slot, Func<EvaluationState, object?[], object?> Compute)> _params = [];
    private readonly List<TraceSite> _sites;
    private readonly CompileSettings _settings;
    private ParameterExpression? _slots;
    private VerdictFrame? _frame;
    private int _lambdaDepth;

    // Trees over decimal and DateOnly find their operators (comparison, arithmetic, conversion) by reflection when they
    // are built, and the interpreter (Native AOT) calls them by reflection: kept here, or the trimmer removes them.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(decimal))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(DateOnly))]
    public ExpressionCompiler(bool tracing, List<TraceSite> sites, CompileSettings settings, bool locating = false)
    {
        Tracing = tracing;
        Locating = locating;
        _sites = sites;
        _settings = settings;
        State = Expression.Parameter(typeof(EvaluationState), "state");
    }

    public ParameterExpression State { get; }

    public CompileSettings Settings => _settings;

    public bool Tracing { get; }

    /// <summary>
    /// The locating variant: every located node notes its <see cref="BoundExpression.Location"/> in
    /// <see cref="EvaluationState.ErrorLocation"/> when its evaluation throws (the innermost one first), and rethrows.
    /// </summary>
    public bool Locating { get; }

    public Expression AsOf => _frame?.AsOf ?? Expression.Field(State, EvaluationState.AsOfField);

    /// <summary>
    /// Compiles conditions for a fused verdict (<see cref="VerdictCompiler"/>): inputs and the date are read from
    /// <paramref name="frame"/> rather than from an <see cref="EvaluationState"/>, which then serves only the params'
    /// delegates (they keep reading the state).
    /// </summary>
    public static ExpressionCompiler ForFrame(VerdictFrame frame, CompileSettings settings)
        => new(tracing: false, [], settings) { _frame = frame };

    /// <summary>A condition of a fused verdict, its params included: an expression of type <c>bool?</c>.</summary>
    public Expression CompileConditionBody(BoundExpression condition) => CompileRoot(condition);

    /// <summary>Compiles a rule condition to a delegate returning true, false or null (Unknown).</summary>
    public static Func<EvaluationState, bool?> CompileCondition(BoundExpression condition, bool tracing, List<TraceSite> sites, CompileSettings? settings = null)
    {
        var compiler = new ExpressionCompiler(tracing, sites, settings ?? CompileSettings.Default);
        var body = compiler.CompileRoot(condition);
        return compiler._settings.ToDelegate(Expression.Lambda<Func<EvaluationState, bool?>>(body, compiler.State));
    }

    /// <summary>
    /// Compiles the locating variant of a rule condition: it computes what the verdict does and, when it throws, leaves the
    /// location of the sub-expression that failed in <see cref="EvaluationState.ErrorLocation"/>. Run only after an error.
    /// </summary>
    public static Func<EvaluationState, bool?> CompileLocating(BoundExpression condition, CompileSettings? settings = null)
    {
        var compiler = new ExpressionCompiler(tracing: false, [], settings ?? CompileSettings.Default, locating: true);
        var body = compiler.CompileRoot(condition);
        return compiler._settings.ToDelegate(Expression.Lambda<Func<EvaluationState, bool?>>(body, compiler.State));
    }

    /// <summary>Compiles a value (e.g. a message placeholder) to a delegate returning it boxed, or null.</summary>
    public static Func<EvaluationState, object?> CompileValue(BoundExpression value, CompileSettings? settings = null)
    {
        var compiler = new ExpressionCompiler(tracing: false, [], settings ?? CompileSettings.Default);
        var body = Expression.Convert(compiler.CompileRoot(value), typeof(object));
        return compiler._settings.ToDelegate(Expression.Lambda<Func<EvaluationState, object?>>(body, compiler.State));
    }

    /// <summary>
    /// Compiles a whole condition or placeholder. Each non-constant param it may need gets a slot and its own delegate,
    /// compiled dependencies first, so no compilation recurses from one param into another.
    /// </summary>
    private Expression CompileRoot(BoundExpression root)
    {
        var closure = ParamSymbol.ClosureOf(root);
        if (closure.Count == 0)
        {
            return Compile(root);
        }

        var slots = Expression.Variable(typeof(object[]), "params");
        for (var slot = 0; slot < closure.Count; slot++)
        {
            _params[closure[slot]] = (slot, CompileParam(closure[slot]));
        }

        _slots = slots;
        var body = Compile(root);
        return Expression.Block(
            body.Type,
            [slots],
            Expression.Assign(slots, Expression.Call(ParamCache.NewSlotsMethod, Expression.Constant(closure.Count))),
            body);
    }

    private Func<EvaluationState, object?[], object?> CompileParam(ParamSymbol param)
    {
        // A param's delegate reads the state even inside a fused verdict: it is called with the verdict's state.
        var frame = _frame;
        _frame = null;
        try
        {
            _slots = Expression.Parameter(typeof(object[]), "params");
            var body = Expression.Convert(Compile(param.Value), typeof(object));
            return _settings.ToDelegate(Expression.Lambda<Func<EvaluationState, object?[], object?>>(body, State, _slots));
        }
        finally
        {
            _frame = frame;
        }
    }

    public Expression Compile(BoundExpression node)
    {
        var compiled = node.IsConstant && node.Type.Kind != ValueKind.Null
            ? Expression.Constant(node.ConstantValue, node.Type.Lifted)
            : CompileNode(node);
        compiled = _settings.CountWork ? Expression.Block(CountStep(), compiled) : compiled;
        return Locating && !node.IsConstant && node.Location is { } location ? Locate(compiled, location) : compiled;
    }

    /// <summary>Notes where <paramref name="compiled"/> is in the file if it throws, unless a node inside it already did.</summary>
    private Expression Locate(Expression compiled, SourceLocation location)
    {
        var error = Expression.Variable(typeof(Exception), "error");
        var noted = Expression.Field(State, EvaluationState.ErrorLocationField);
        return Expression.TryCatch(
            compiled,
            Expression.Catch(
                error,
                Expression.Block(
                    Expression.IfThen(
                        Nullables.IsNull(noted),
                        Expression.Assign(noted, Expression.Constant(location, typeof(SourceLocation?)))),
                    Expression.Rethrow(compiled.Type))));
    }

    private Expression CompileNode(BoundExpression node)
    {
        var compiled = node switch
        {
            BoundLiteral literal => Expression.Constant(literal.Value, literal.Type.Kind == ValueKind.Null ? typeof(object) : literal.Type.Lifted),
            BoundInput input => TraceNull(input, GuardString(input, ReadInput(input))),
            BoundAsOf => Expression.Convert(AsOf, typeof(DateOnly?)),
            BoundParam param => ReadParam(param),
            BoundLambdaParameter parameter => GuardString(parameter, ToLifted(_lambdaVariables[parameter.Symbol], parameter.Type)),
            BoundMember member => TraceNull(member, GuardString(member, CompileMember(member))),
            BoundUnary unary => CompileUnary(unary),
            BoundBinary binary => CompileBinary(binary),
            BoundLogical logical => CompileLogical(logical),
            BoundConditional conditional => CompileConditional(conditional),
            BoundCoalesce coalesce => Expression.Coalesce(CompileUntraced(coalesce.Left), Compile(coalesce.Right)),
            BoundConvert convert => CompileConvert(convert),
            BoundCall call => call.Function.Compile(call, this),
            _ => throw new InvalidOperationException($"Cannot compile {node.GetType().Name}."),
        };
        return IsTracedLeaf(node) ? TraceLeaf(node, compiled) : compiled;
    }

    private Expression ReadInput(BoundInput input)
        => _frame is { } frame
            ? ToLifted(frame.Inputs[input.Index], input.Type)
            : Expression.Convert(Expression.ArrayIndex(Expression.Field(State, EvaluationState.InputsField), Expression.Constant(input.Index)), input.Type.Lifted);

    /// <summary>Reads a param through its slot: computed by its delegate on first read, then reused.</summary>
    private Expression ReadParam(BoundParam param)
    {
        if (param.Symbol.IsConstant)
        {
            // Only a null constant gets here (other constants are folded). It has no slot, and is not compiled through its
            // value: a chain of params naming the one before would recurse once per param.
            return Expression.Constant(null, typeof(object));
        }

        var (slot, compute) = _params[param.Symbol];
        return Expression.Convert(
            Expression.Call(ParamGetMethod, _slots!, Expression.Constant(slot), State, Expression.Constant(compute)),
            param.Type.Lifted);
    }

    /// <summary>A string longer than its declared maximum is an error, so string work stays within the cost computed at load.</summary>
    private Expression GuardString(BoundExpression node, Expression value)
    {
        if (node.Type.Kind != ValueKind.String)
        {
            return value;
        }

        var max = node is BoundMember member ? _settings.Costs.Sizes.Of(member.Member, member.Type) : _settings.Costs.Sizes.OfType(node.Type);
        return Expression.Call(StringGuardMethod, value, Expression.Constant(max), Expression.Constant(node.Path ?? node.Text));
    }

    /// <summary>Test builds: one step of the work the cost model bounds.</summary>
    private Expression CountStep() => Expression.PreIncrementAssign(Expression.Field(State, EvaluationState.WorkField));

    /// <summary>Compiles the body of a lambda with its parameter bound to <paramref name="element"/>.</summary>
    public Expression CompileLambdaBody(BoundLambda lambda, ParameterExpression element)
    {
        _lambdaVariables[lambda.Parameter] = element;
        _lambdaDepth++;
        try
        {
            return Compile(lambda.Body);
        }
        finally
        {
            _lambdaDepth--;
            _lambdaVariables.Remove(lambda.Parameter);
        }
    }

    /// <summary>Converts a CLR value (e.g. a property of type <c>decimal</c>, <c>double</c> or <c>short</c>) to the lifted form of its expression type.</summary>
    public static Expression ToLifted(Expression value, ExprType type)
    {
        if (value.Type == type.Lifted)
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (underlying == typeof(double) || underlying == typeof(float))
        {
            var asDouble = Expression.Convert(value, typeof(double?));
            return Expression.Call(typeof(NumberConversions).GetMethod(nameof(NumberConversions.ToDecimal))!, asDouble);
        }

        return Expression.Convert(value, type.Lifted);
    }

    private Expression CompileMember(BoundMember member)
    {
        var target = Compile(member.Target);
        var temp = Expression.Variable(target.Type, "target");
        var instance = target.Type.IsValueType ? (Expression)Nullables.Value(temp) : temp;
        Expression read = member.Member is PropertyInfo property
            ? Expression.Property(instance, property)
            : Expression.Field(instance, (FieldInfo)member.Member);
        var isPresent = target.Type.IsValueType
            ? (Expression)Nullables.HasValue(temp)
            : Expression.ReferenceNotEqual(temp, Expression.Constant(null, target.Type));

        // Present first: the JIT lays out the first branch as the straight path, and a value is usually there.
        return Expression.Block(
            member.Type.Lifted,
            [temp],
            Expression.Assign(temp, target),
            Expression.Condition(isPresent, ToLifted(read, member.Type), Expression.Constant(null, member.Type.Lifted)));
    }

    private Expression CompileConvert(BoundConvert convert)
        => convert.Operand.Type.Kind == ValueKind.Null
            ? Expression.Constant(null, convert.Type.Lifted)
            : Expression.Convert(Compile(convert.Operand), convert.Type.Lifted);

    private Expression CompileUnary(BoundUnary unary)
    {
        var operand = Compile(unary.Operand);
        return unary.Operator == UnaryOperator.Not ? Expression.Not(operand) : Expression.NegateChecked(operand);
    }

    private Expression CompileConditional(BoundConditional conditional)
    {
        var condition = Expression.Variable(typeof(bool?), "condition");
        var type = conditional.Type.Lifted;
        return Expression.Block(
            type,
            [condition],
            Expression.Assign(condition, Compile(conditional.Condition)),
            Expression.Condition(
                Nullables.IsNull(condition),
                Expression.Constant(null, type),
                Expression.Condition(Nullables.Value(condition), Compile(conditional.WhenTrue), Compile(conditional.WhenFalse), type),
                type));
    }

    /// <summary>
    /// Kleene logic: <c>false &amp;&amp; unknown</c> is false, <c>true || unknown</c> is true; the right side is skipped only when the left decides.
    /// Written with plain bool tests rather than lifted comparisons with <c>bool?</c> constants (less code on the verdict's
    /// hot path): "decides" is <c>!x.GetValueOrDefault(true)</c> for And, <c>x.GetValueOrDefault()</c> for Or, and when
    /// neither side decides, both having a value means both are the other value.
    /// </summary>
    private Expression CompileLogical(BoundLogical logical)
    {
        var left = Expression.Variable(typeof(bool?), "left");
        var right = Expression.Variable(typeof(bool?), "right");
        var decisive = Expression.Constant(!logical.IsAnd, typeof(bool?));
        var other = Expression.Constant(logical.IsAnd, typeof(bool?));
        var unknown = Expression.Constant(null, typeof(bool?));
        Expression Decides(ParameterExpression side) => logical.IsAnd ? Nullables.IsFalse(side) : Nullables.IsTrue(side);
        return Expression.Block(
            typeof(bool?),
            [left, right],
            Expression.Assign(left, Compile(logical.Left)),
            Expression.Condition(
                Decides(left),
                decisive,
                Expression.Block(
                    typeof(bool?),
                    Expression.Assign(right, Compile(logical.Right)),
                    Expression.Condition(
                        Decides(right),
                        decisive,
                        Expression.Condition(
                            Expression.AndAlso(Nullables.HasValue(left), Nullables.HasValue(right)),
                            other,
                            unknown,
                            typeof(bool?)),
                        typeof(bool?))),
                typeof(bool?)));
    }
}
