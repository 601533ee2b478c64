using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Binding;

/// <summary>Folding at bind time must agree with the compiled code: the same value, or the same exception.</summary>
public class ConstantFolderTests
{
    public static TheoryData<string, object?, object?> BinaryCases()
    {
        var data = new TheoryData<string, object?, object?>();
        string[] operators = [nameof(BinaryOperator.Add), nameof(BinaryOperator.Subtract), nameof(BinaryOperator.Multiply), nameof(BinaryOperator.Divide), nameof(BinaryOperator.Modulo)];
        (object?, object?)[] operands =
        [
            (7, 2), (-7, 3), (int.MaxValue, 1), (int.MinValue, -1), (int.MinValue, 1), (5, 0), (null, 0), (3, null),
            (7L, 2L), (long.MaxValue, 2L), (long.MinValue, -1L), (9L, 0L),
            (7.5m, 2m), (decimal.MaxValue, 2m), (decimal.MinValue, 1m), (1m, 0m), (1m, 3m),
        ];
        foreach (var op in operators)
        {
            foreach (var (left, right) in operands)
            {
                data.Add(op, left, right);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void Evaluate_ConstantBinary_AgreesWithCompiledCode(string op, object? left, object? right)
    {
        var type = ExprType.Of((left ?? right)!.GetType());
        var node = new BoundBinary(type, "x", Enum.Parse<BinaryOperator>(op), "?", Literal(type, left), Literal(type, right));

        Outcome(() => ConstantFolder.Evaluate(node)).Should().Be(Outcome(() => Compiled(node)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(int.MinValue)]
    [InlineData(long.MinValue)]
    [InlineData(null)]
    public void Evaluate_ConstantNegation_AgreesWithCompiledCode(object? operand)
    {
        var type = operand is null ? ExprType.Integer : ExprType.Of(operand.GetType());
        var node = new BoundUnary(type, "-x", UnaryOperator.Negate, Literal(type, operand));

        Outcome(() => ConstantFolder.Evaluate(node)).Should().Be(Outcome(() => Compiled(node)));
    }

    [Theory]
    [InlineData("store.Count > 1 / 0", 15)]
    [InlineData("store.Count > 2147483647 + 1", 15)]
    [InlineData("store.Score > 1.5 % 0", 15)]
    public void Bind_ConstantThatCannotBeComputed_ReportsConstantFailsAtTheOperation(string expression, int column)
    {
        var (bound, diagnostics) = ExpressionHost.Bind(expression);

        bound.Should().BeNull();
        diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.ConstantFails && d.Location.Column == column - 1);
    }

    [Theory]
    [InlineData("1000000 * 100", 100000000)]
    [InlineData("-(7 % 3)", -1)]
    [InlineData("7.5 / 2", 3.75)]
    public void Bind_ConstantArithmetic_FoldsToALiteral(string expression, object expected)
    {
        var bound = ExpressionHost.BindOrFail(expression, condition: false);

        bound.Should().BeOfType<BoundLiteral>();
        bound.ConstantValue.Should().Be(expected is double d ? (decimal)d : expected);
    }

    private static BoundExpression Literal(ExprType type, object? value)
        => value is null ? new BoundConvert(type, new BoundLiteral(ExprType.NullType, "null", null)) : new BoundLiteral(type, "c", value);

    private static object? Compiled(BoundExpression node) => ExpressionCompiler.CompileValue(node)(new EvaluationState([], default, null));

    private static string Outcome(Func<object?> compute)
    {
        try
        {
            var value = compute();
            return value is null ? "null" : $"{value.GetType().Name} {value}";
        }
        catch (ArithmeticException ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
