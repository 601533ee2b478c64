using System.Linq.Expressions;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>
/// What a <see cref="FunctionDefinition"/> needs from the compiler to emit its call: its operands compiled, the
/// evaluation date, and the shared three-valued loop over a collection. The compiler implements it, so functions
/// and bound calls do not depend on the compiler.
/// </summary>
internal interface ICallCompiler
{
    /// <summary>The evaluation date (a <see cref="DateOnly"/>).</summary>
    Expression AsOf { get; }

    /// <summary>Compiles an operand to its lifted (nullable) form.</summary>
    Expression Compile(BoundExpression node);

    /// <summary>
    /// A three-valued fold over the receiver's elements (or the lambda's value for each):
    /// <paramref name="step"/> receives the accumulator, the element's value, a flag to set when it is Unknown and a label to stop at.
    /// </summary>
    Expression Fold(BoundCall call, BoundLambda? lambda, Type resultType, Type accumulatorType, Expression seed, Func<ParameterExpression, Expression, ParameterExpression, LabelTarget, Expression> step, Func<ParameterExpression, ParameterExpression, Expression> finish);
}
