using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Functions;

/// <summary>The functions every rule set can call (docs/rule-language.md lists them; a test checks that every function class is here).</summary>
internal static class BuiltInFunctions
{
    /// <summary>The built-in functions, shared by every rule set.</summary>
    public static FunctionRegistry Registry { get; } = new(
    [
        new AnyFunction(), new AllFunction(), new CountFunction(), new SumFunction(), new MinFunction(), new MaxFunction(),
        new CollectionContainsFunction(), new StartsWithFunction(), new EndsWithFunction(), new StringContainsFunction(),
        new DateFunction(), new AddDaysFunction(), new DaysBetweenFunction(), new WithinLastDaysFunction(), new YearFunction(), new StartOfYearFunction(), new AbsFunction(),
    ]);
}
