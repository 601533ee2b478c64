namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>text.EndsWith("x")</c>, ordinal.</summary>
internal sealed class EndsWithFunction : StringPredicateFunction
{
    public override string Name => "EndsWith";

    protected override Delegate Implementation => Evaluate;

    private static bool? Evaluate(string? text, string? value)
        => text is null || value is null ? null : text.EndsWith(value, StringComparison.Ordinal);
}
