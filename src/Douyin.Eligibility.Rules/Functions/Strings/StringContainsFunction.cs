using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>text.Contains("x")</c>, ordinal.</summary>
internal sealed class StringContainsFunction : StringPredicateFunction
{
    public override string Name => "Contains";

    protected override Delegate Implementation => Evaluate;

    /// <summary>A search may try the part at every position of the text.</summary>
    protected override long SearchCost(long textLength, long partLength) => CostInfo.Multiply(textLength, Math.Max(1, partLength));

    private static bool? Evaluate(string? text, string? value)
        => text is null || value is null ? null : text.Contains(value, StringComparison.Ordinal);
}
