using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Compilation;

public class ThreeValuedLogicTests
{
    private static readonly Store Missing = new() { Items = null, Tags = null };

    [Theory]
    [InlineData("store.Score > 4.1")] // a comparison
    [InlineData("store.Score == 0")] // equality: missing is not zero
    [InlineData("store.Gmv + 100 > 0")] // arithmetic: unknown, not a pass
    [InlineData("(store.Flag ? 1 : 2) == 1")] // a conditional whose condition is unknown
    [InlineData("store.Owner.Stores > 1")] // a member of a missing object
    public void Condition_MissingOperand_IsUnknown(string expression)
        => ExpressionHost.Condition(expression, Missing).Should().BeNull();

    [Fact]
    public void Equality_ExplicitNullTest_IsKnown()
    {
        ExpressionHost.Condition("store.Score == null", Missing).Should().BeTrue();
        ExpressionHost.Condition("store.Score != null", new Store { Score = 0 }).Should().BeTrue();
    }

    [Theory]
    [InlineData("false && store.Score > 1", false)]
    [InlineData("store.Score > 1 && false", false)]
    [InlineData("true || store.Score > 1", true)]
    [InlineData("store.Score > 1 || true", true)]
    [InlineData("true && store.Score > 1", null)]
    [InlineData("false || store.Score > 1", null)]
    [InlineData("!(store.Score > 1)", null)]
    public void Logic_WithUnknownOperand_FollowsKleene(string expression, bool? expected)
        => ExpressionHost.Condition(expression, Missing).Should().Be(expected);

    [Fact]
    public void Coalesce_MissingValue_UsesFallback()
        => ExpressionHost.Condition("(store.Score ?? 5) > 4.1", Missing).Should().BeTrue();

    [Fact]
    public void Condition_MissingInput_IsUnknown()
        => ExpressionHost.Condition("store.Score > 1", null).Should().BeNull();

    [Fact]
    public void Condition_NullableDates_CompareByValue()
    {
        var store = new Store { Opened = new DateOnly(2024, 1, 2) };
        ExpressionHost.Condition("store.Opened > Date(\"2024-01-01\")", store).Should().BeTrue();
        ExpressionHost.Condition("store.Opened < Date(\"2024-01-01\")", store).Should().BeFalse();
        ExpressionHost.Condition("store.Opened < Date(\"2024-01-01\")", Missing).Should().BeNull();
    }

    [Fact]
    public void StringEquality_MissingString_IsUnknown()
    {
        ExpressionHost.Condition("store.Name == \"a\"", Missing).Should().BeNull();
        ExpressionHost.Condition("store.Name == 'a'", new Store { Name = "a" }).Should().BeTrue();
        ExpressionHost.Condition("store.Name <> \"a\"", new Store { Name = "b" }).Should().BeTrue();
    }

    [Fact]
    public void Condition_EnumAndName_ComparesByName()
    {
        ExpressionHost.Condition("store.Kind == \"Virtual\"", new Store { Kind = StoreKind.Virtual }).Should().BeTrue();
        ExpressionHost.Condition("store.Kind != \"virtual\"", new Store { Kind = StoreKind.Normal }).Should().BeTrue();
        ExpressionHost.Condition("store.Kind == \"Virtual\"", Missing).Should().BeNull();
    }
}
