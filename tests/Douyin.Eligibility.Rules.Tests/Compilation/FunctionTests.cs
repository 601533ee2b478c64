using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Compilation;

public class FunctionTests
{
    private static readonly Store WithItems = new()
    {
        Items =
        [
            new Item { Amount = 10, Points = 2, Date = new DateOnly(2024, 7, 1), Code = "A1" },
            new Item { Amount = 5.5m, Points = 4, Date = new DateOnly(2023, 7, 26), Code = "B2" },
        ],
        Tags = ["virtual", "flagship"],
        Numbers = new HashSet<int> { 1, 2, 3 },
    };

    private static readonly Store WithUnknownItem = new()
    {
        Items = [new Item { Amount = 10, Points = 2 }, new Item { Amount = null, Points = null }],
    };

    [Theory]
    [InlineData("store.Items.Any()", true)]
    [InlineData("store.Items.Any(i => i.Amount > 9)", true)]
    [InlineData("store.Items.Any(i => i.Amount > 99)", false)]
    [InlineData("store.Items.All(i => i.Amount > 5)", true)]
    [InlineData("store.Items.All(i => i.Amount > 6)", false)]
    [InlineData("store.Items.Count() == 2", true)]
    [InlineData("store.Items.Count(i => i.Points >= 4) == 1", true)]
    [InlineData("store.Items.Sum(i => i.Amount) == 15.5", true)]
    [InlineData("store.Items.Sum(i => i.Points) == 6", true)]
    [InlineData("store.Items.Min(i => i.Amount) == 5.5", true)]
    [InlineData("store.Items.Max(i => i.Date) == Date(\"2024-07-01\")", true)]
    [InlineData("store.Tags.Contains(\"virtual\")", true)]
    [InlineData("store.Tags.Contains(\"Virtual\")", false)]
    [InlineData("store.Numbers.Contains(2)", true)]
    [InlineData("store.Numbers.Sum(n => n) == 6", true)]
    [InlineData("store.Items.Any(i => i.Code.StartsWith(\"B\"))", true)]
    [InlineData("store.Items.All(i => i.Code.EndsWith(\"1\"))", false)]
    [InlineData("store.Items.Any(i => i.Code.Contains(\"2\"))", true)]
    [InlineData("store.Items.Any(i => store.Items.Any(j => j.Points > i.Points))", true)]
    public void Compile_CollectionFunction_ComputesKnownValue(string expression, bool expected)
        => ExpressionHost.Condition(expression, WithItems).Should().Be(expected);

    [Theory]
    [InlineData("store.Items.Any(i => i.Amount > 9)", true)]
    [InlineData("store.Items.Any(i => i.Amount > 99)", null)]
    [InlineData("store.Items.All(i => i.Amount > 99)", false)]
    [InlineData("store.Items.All(i => i.Amount > 1)", null)]
    [InlineData("store.Items.Count(i => i.Points > 0) == 1", null)]
    [InlineData("store.Items.Sum(i => i.Points) > 0", null)]
    [InlineData("store.Items.Max(i => i.Amount) > 0", null)]
    [InlineData("store.Items.Count() == 2", true)]
    public void CollectionFunctions_UnknownElement_FollowKleene(string expression, bool? expected)
        => ExpressionHost.Condition(expression, WithUnknownItem).Should().Be(expected);

    [Theory]
    [InlineData("store.Items.Any()")]
    [InlineData("store.Items.Count() == 0")]
    [InlineData("store.Tags.Contains(\"x\")")]
    public void CollectionFunctions_MissingCollection_AreUnknown(string expression)
        => ExpressionHost.Condition(expression, new Store { Items = null, Tags = null }).Should().BeNull();

    [Fact]
    public void CollectionFunctions_EmptyCollection_HaveNeutralValues()
    {
        var empty = new Store { Items = [] };
        ExpressionHost.Condition("store.Items.Any(i => i.Amount > 0)", empty).Should().BeFalse();
        ExpressionHost.Condition("store.Items.All(i => i.Amount > 0)", empty).Should().BeTrue();
        ExpressionHost.Condition("store.Items.Sum(i => i.Amount) == 0", empty).Should().BeTrue();
        ExpressionHost.Condition("store.Items.Min(i => i.Amount) > 0", empty).Should().BeNull();
    }

    [Theory]
    [InlineData("2024-07-25", true)]
    [InlineData("2023-07-27", true)]
    [InlineData("2023-07-26", false)]
    [InlineData("2024-07-26", false)]
    public void WithinLastDays_DateAroundTheWindow_EndsOnAsOfInclusive(string date, bool expected)
    {
        // asOf 2024-07-25, 365 days: 2023-07-26 < d <= 2024-07-25.
        var store = new Store { Opened = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        ExpressionHost.Condition("WithinLastDays(store.Opened, 365)", store).Should().Be(expected);
    }

    [Fact]
    public void Compile_DateFunction_ComputesKnownValue()
    {
        var store = new Store { Opened = new DateOnly(2024, 7, 20) };
        ExpressionHost.Condition("DaysBetween(store.Opened, AsOf) == 5", store).Should().BeTrue();
        ExpressionHost.Condition("AddDays(store.Opened, 5) == Today", store).Should().BeTrue();
        ExpressionHost.Condition("WithinLastDays(store.Opened, 3)", new Store()).Should().BeNull();
        ExpressionHost.Condition("Year(store.Opened) == Year(AsOf)", store).Should().BeTrue();
        ExpressionHost.Condition("Year(store.Opened) == 2024", new Store()).Should().BeNull();
        ExpressionHost.Condition("StartOfYear(store.Opened) == Date(\"2024-01-01\")", store).Should().BeTrue();
    }

    [Fact]
    public void Abs_SignedNumber_ReturnsMagnitude()
        => ExpressionHost.Condition("Abs(store.Score - 5) == 1", new Store { Score = 4 }).Should().BeTrue();
}
