using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Tests.Internal;

public class ValueListTests
{
    [Fact]
    public void From_Null_IsTheSharedEmptyList()
        => ValueList<int>.From(null).Should().BeSameAs(ValueList<int>.Empty);

    [Fact]
    public void From_EmptyCollection_IsTheSharedEmptyList()
        => ValueList<int>.From(new List<int>()).Should().BeSameAs(ValueList<int>.Empty);

    [Fact]
    public void From_AValueList_IsReturnedAsItIs()
    {
        var list = ValueList<int>.From([1, 2]);

        ValueList<int>.From(list).Should().BeSameAs(list);
    }

    [Fact]
    public void From_MutableSource_IsCopiedSoLaterChangesDoNotLeak()
    {
        var source = new List<string> { "a", "b" };

        var list = ValueList<string>.From(source);
        source.Add("c");
        source[0] = "z";

        list.Should().Equal("a", "b");
        list.Count.Should().Be(2);
        list[1].Should().Be("b");
    }

    [Fact]
    public void From_LazySequence_IsEnumeratedOnce()
    {
        var enumerations = 0;
        IEnumerable<int> Lazy()
        {
            enumerations++;
            yield return 1;
            yield return 2;
        }

        var list = ValueList<int>.From(Lazy());

        list.Should().Equal(1, 2);
        list.Should().Equal(1, 2);
        enumerations.Should().Be(1);
    }

    [Fact]
    public void Equals_SameItemsDifferentInstances_IsTrueWithTheSameHashCode()
    {
        var left = ValueList<string>.From(["x", "y"]);
        var right = ValueList<string>.From(new[] { "x", "y" }.Select(s => s));

        left.Should().NotBeSameAs(right);
        left.Equals(right).Should().BeTrue();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, new[] { 2, 1 })]
    [InlineData(new[] { 1, 2 }, new[] { 1, 2, 3 })]
    [InlineData(new[] { 1 }, new int[0])]
    public void Equals_DifferentItemsOrOrder_IsFalse(int[] left, int[] right)
        => ValueList<int>.From(left).Equals(ValueList<int>.From(right)).Should().BeFalse();

    [Fact]
    public void Equals_NullOrAnotherType_IsFalse()
    {
        var list = (ValueList<int>)ValueList<int>.From([1]);

        list.Equals((ValueList<int>?)null).Should().BeFalse();
        list!.Equals((object)new[] { 1 }).Should().BeFalse();
    }

    [Fact]
    public void Equals_RecordsHoldingEqualLists_AreEqual()
    {
        var left = new Holder(ValueList<int>.From([1, 2]));
        var right = new Holder(ValueList<int>.From([1, 2]));

        left.Should().Be(right);
    }

    [Fact]
    public void ToString_Items_AreListedInBrackets()
        => ValueList<int>.From([1, 2, 3]).ToString().Should().Be("[1, 2, 3]");

    private sealed record Holder(IReadOnlyList<int> Items);
}
