using System.Globalization;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>Date("2024-07-25")</c>: a date literal, checked and folded to a constant at load time.</summary>
internal sealed class DateFunction : GlobalFunction
{
    public override string Name => "Date";

    public override string Usage => "Date(\"yyyy-MM-dd\")";

    public override bool IsConstantFoldable => true;

    protected override ExprType[] Parameters => [ExprType.String];

    protected override ExprType ResultType => ExprType.Date;

    protected override Delegate Implementation => Evaluate;

    public override object? Fold(object?[] arguments) => Parse((string?)arguments[0]);

    protected override BoundExpression? BindChecked(CallContext call, BoundExpression[] arguments)
    {
        if (!arguments[0].IsConstant || Parse((string?)arguments[0].ConstantValue) is null)
        {
            call.ErrorVariant(DiagnosticCodes.InvalidConstant, "Date", 0);
            return null;
        }

        return base.BindChecked(call, arguments);
    }

    internal static DateOnly? Parse(string? text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateOnly? Evaluate(string? text) => Parse(text);
}
