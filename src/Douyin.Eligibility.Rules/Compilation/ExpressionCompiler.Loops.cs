using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// Loops over collections, emitted inline so that a lambda such as <c>p => p.Points > 3</c> allocates no delegate:
/// arrays and <see cref="IReadOnlyList{T}"/> by index, any other <see cref="IEnumerable{T}"/> by its enumerator.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private static readonly System.Reflection.MethodInfo ElementsGuardMethod = typeof(SizeGuard).GetMethod(nameof(SizeGuard.Elements))!;

    /// <summary>
    /// Compiles <paramref name="receiver"/>; when it is missing the result is null (Unknown), otherwise
    /// <paramref name="whenPresent"/> builds the result from the non-null collection.
    /// </summary>
    public Expression WithCollection(BoundExpression receiver, Type resultType, Func<Expression, Expression> whenPresent)
    {
        var compiled = Compile(receiver);
        var temp = Expression.Variable(compiled.Type, "collection");
        var isValue = compiled.Type.IsValueType;
        var present = isValue ? Nullables.Value(temp) : (Expression)temp;
        var isPresent = isValue ? Nullables.HasValue(temp) : (Expression)Expression.ReferenceNotEqual(temp, Expression.Constant(null, compiled.Type));

        // Present first: the JIT lays out the first branch as the straight path, and a value is usually there.
        return Expression.Block(
            resultType,
            [temp],
            Expression.Assign(temp, compiled),
            Expression.Condition(isPresent, whenPresent(present), Expression.Constant(null, resultType), resultType));
    }

    /// <summary>
    /// Runs <paramref name="body"/> for each element of <paramref name="collection"/>, the value of
    /// <paramref name="receiver"/>; the body may jump to the given label to stop early. A collection with more elements
    /// than its declared maximum (the size the cost model assumed) is an error before the loop or, for a lazy sequence,
    /// as soon as it passes the maximum.
    /// </summary>
    [DynamicDependency("get_Count", typeof(IReadOnlyCollection<>))]
    [DynamicDependency("get_Item", typeof(IReadOnlyList<>))]
    [DynamicDependency("GetEnumerator", typeof(IEnumerable<>))]
    [DynamicDependency("get_Current", typeof(IEnumerator<>))]
    public Expression ForEach(Expression collection, BoundExpression receiver, Func<ParameterExpression, LabelTarget, Expression> body)
    {
        var max = (int)Math.Min(_settings.Costs.Of(receiver).Size, int.MaxValue);
        var path = receiver.Path ?? receiver.Text;
        Expression Guard(Expression count) => Expression.Call(ElementsGuardMethod, count, Expression.Constant(max), Expression.Constant(path));
        Func<ParameterExpression, LabelTarget, Expression> step = _settings.CountWork
            ? (element, stop) => Expression.Block(CountStep(), body(element, stop))
            : body;

        var elementType = TypeMembers.ElementType(collection.Type)!;
        var element = Expression.Variable(elementType, "element");
        var stop = Expression.Label("stop");
        if (collection.Type.IsArray)
        {
            return IndexLoop(collection, element, stop, step, Guard, c => Expression.ArrayLength(c), (c, i) => Expression.ArrayIndex(c, i));
        }

        // The interfaces are found on the collection's type, never constructed (Native AOT could not vouch for a new one).
        var readOnlyList = TypeMembers.Implemented(collection.Type, typeof(IReadOnlyList<>));
        if (readOnlyList is not null && readOnlyList.GetGenericArguments()[0] == elementType)
        {
            var countProperty = TypeMembers.CollectionProperty(TypeMembers.Implemented(readOnlyList, typeof(IReadOnlyCollection<>))!, "Count");
            var itemProperty = TypeMembers.CollectionProperty(readOnlyList, "Item");
            var arrayBacked = ArrayBackedListOf(collection.Type, elementType);
            if (arrayBacked is not null)
            {
                return ArrayBackedIndexLoop(collection, readOnlyList, arrayBacked, element, stop, step, Guard, countProperty, itemProperty);
            }

            return IndexLoop(Expression.Convert(collection, readOnlyList), element, stop, step, Guard, c => Expression.Property(c, countProperty), (c, i) => Expression.Property(c, itemProperty, i));
        }

        var enumerableType = TypeMembers.Implemented(collection.Type, typeof(IEnumerable<>))!;
        var getEnumerator = TypeMembers.CollectionMethod(enumerableType, "GetEnumerator");
        var enumeratorType = getEnumerator.ReturnType;
        var enumerator = Expression.Variable(enumeratorType, "enumerator");
        var seen = Expression.Variable(typeof(int), "seen");
        return Expression.Block(
            [enumerator, element, seen],
            Expression.Assign(seen, Expression.Constant(0)),
            Expression.Assign(enumerator, Expression.Call(Expression.Convert(collection, enumerableType), getEnumerator)),
            Expression.TryFinally(
                Expression.Loop(
                    Expression.IfThenElse(
                        Expression.Call(enumerator, typeof(System.Collections.IEnumerator).GetMethod("MoveNext")!),
                        Expression.Block(
                            Guard(Expression.PreIncrementAssign(seen)),
                            Expression.Assign(element, Expression.Property(enumerator, TypeMembers.CollectionProperty(enumeratorType, "Current"))),
                            step(element, stop)),
                        Expression.Break(stop)),
                    stop),
                Expression.Call(enumerator, typeof(IDisposable).GetMethod("Dispose")!)));
    }

    /// <summary>
    /// <see cref="ValueList{T}"/> of <paramref name="elementType"/> when a list of static type
    /// <paramref name="collectionType"/> may be one at run time (an interface or an unsealed class), otherwise null.
    /// Only with dynamic code: without it the tree is interpreted, where the interface call costs no more than the test.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Constructed only when RuntimeFeature.IsDynamicCodeSupported.")]
    private static Type? ArrayBackedListOf(Type collectionType, Type elementType)
    {
        return System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported && !collectionType.IsSealed
            ? typeof(ValueList<>).MakeGenericType(elementType)
            : null;
    }

    /// <summary>
    /// The index loop over a list that may be a <see cref="ValueList{T}"/>: one type test per loop (a method-table compare,
    /// the class is sealed) gets its array, then each element is read from it, or through <see cref="IReadOnlyList{T}"/>
    /// for any other list. The body is emitted once (a large workflow's code size is per rule); the branch per element
    /// always goes the same way.
    /// </summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicFields, typeof(ValueList<>))]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "ValueList<T>.Items, kept by DynamicDependency.")]
    private static Expression ArrayBackedIndexLoop(Expression collection, Type readOnlyList, Type arrayBacked, ParameterExpression element, LabelTarget stop, Func<ParameterExpression, LabelTarget, Expression> body, Func<Expression, Expression> guard, System.Reflection.PropertyInfo countProperty, System.Reflection.PropertyInfo itemProperty)
    {
        var itemsField = arrayBacked.GetField(nameof(ValueList<int>.Items), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        var list = Expression.Variable(readOnlyList, "list");
        var backed = Expression.Variable(arrayBacked, "backed");
        var items = Expression.Variable(itemsField.FieldType, "items");
        var index = Expression.Variable(typeof(int), "index");
        var length = Expression.Variable(typeof(int), "length");
        var isArray = Expression.ReferenceNotEqual(items, Expression.Constant(null, items.Type));
        return Expression.Block(
            [list, backed, items, index, length, element],
            Expression.Assign(list, Expression.Convert(collection, readOnlyList)),
            Expression.Assign(backed, Expression.TypeAs(list, arrayBacked)),
            Expression.Assign(items, Expression.Condition(
                Expression.ReferenceNotEqual(backed, Expression.Constant(null, arrayBacked)),
                Expression.Field(backed, itemsField),
                Expression.Constant(null, items.Type))),
            Expression.Assign(length, Expression.Condition(isArray, Expression.ArrayLength(items), Expression.Property(list, countProperty))),
            guard(length),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(index, length),
                    Expression.Block(
                        Expression.Assign(element, Expression.Condition(isArray, Expression.ArrayIndex(items, index), Expression.Property(list, itemProperty, index))),
                        body(element, stop),
                        Expression.PreIncrementAssign(index)),
                    Expression.Break(stop)),
                stop));
    }

    private static Expression IndexLoop(Expression source, ParameterExpression element, LabelTarget stop, Func<ParameterExpression, LabelTarget, Expression> body, Func<Expression, Expression> guard, Func<Expression, Expression> count, Func<Expression, Expression, Expression> item)
    {
        var list = Expression.Variable(source.Type, "list");
        var index = Expression.Variable(typeof(int), "index");
        var length = Expression.Variable(typeof(int), "length");
        return Expression.Block(
            [list, index, length, element],
            Expression.Assign(list, source),
            Expression.Assign(length, count(list)),
            guard(length),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(index, length),
                    Expression.Block(Expression.Assign(element, item(list, index)), body(element, stop), Expression.PreIncrementAssign(index)),
                    Expression.Break(stop)),
                stop));
    }

    /// <summary>
    /// A three-valued fold over a lambda's values, shared by the collection functions:
    /// <paramref name="step"/> receives the accumulator, the element's value and a flag to set when it is Unknown.
    /// </summary>
    public Expression Fold(BoundCall call, BoundLambda? lambda, Type resultType, Type accumulatorType, Expression seed, Func<ParameterExpression, Expression, ParameterExpression, LabelTarget, Expression> step, Func<ParameterExpression, ParameterExpression, Expression> finish)
    {
        return WithCollection(call.Receiver!, resultType, collection =>
        {
            var accumulator = Expression.Variable(accumulatorType, "accumulator");
            var unknown = Expression.Variable(typeof(bool), "unknown");
            var loop = ForEach(collection, call.Receiver!, (element, stop) =>
            {
                var value = lambda is null ? ToLifted(element, call.Receiver!.Type.Element!) : CompileLambdaBody(lambda, element);
                return step(accumulator, value, unknown, stop);
            });
            return Expression.Block(
                resultType,
                [accumulator, unknown],
                Expression.Assign(accumulator, seed),
                Expression.Assign(unknown, Expression.Constant(false)),
                loop,
                finish(accumulator, unknown));
        });
    }
}
