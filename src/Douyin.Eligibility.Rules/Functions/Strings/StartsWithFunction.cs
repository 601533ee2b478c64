namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>text.StartsWith("x")</c>, ordinal.</summary>
internal sealed class StartsWithFunction : StringPredicateFunction
{
    public override string Name => "StartsWith";

    protected override Delegate Implementation => Evaluate;

    private static bool? Evaluate(string? text, string? value)
        => text is null || value is null ? null : text.StartsWith(value, StringComparison.Ordinal);
}
