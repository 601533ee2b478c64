namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>text.Contains("x")</c>, ordinal.</summary>
internal sealed class StringContainsFunction : StringPredicateFunction
{
    public override string Name => "Contains";

    private static bool? Evaluate(string? text, string? value)
        => text is null || value is null ? null : text.Contains(value, StringComparison.Ordinal);
}
