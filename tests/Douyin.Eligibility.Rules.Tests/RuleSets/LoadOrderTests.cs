using Douyin.Eligibility.Rules.RuleSets;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>
/// The load path's hand-written orderings (no LINQ over struct keys, for start-up) give exactly what the LINQ they
/// replace gave: <c>OrderBy(start ?? MinValue)</c> and <c>OrderBy(name, Ordinal)</c>, both stable.
/// </summary>
public class LoadOrderTests
{
    private sealed record Item(int Id, DateOnly? Start, string Name);

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ByStart_GeneratedItems_EqualsStableOrderBy(int seed)
    {
        var items = Generate(seed);

        var expected = items.OrderBy(i => i.Start ?? DateOnly.MinValue).ToList();

        LoadOrder.ByStart(items, i => i.Start).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Ordinal_GeneratedNames_EqualsStableOrderBy(int seed)
    {
        var names = Generate(seed).Select(i => i.Name).ToList();

        var expected = names.Select((name, index) => (name, index)).OrderBy(p => p.name, StringComparer.Ordinal).Select(p => p.index).ToArray();

        LoadOrder.Ordinal(names).Should().Equal(expected);
    }

    [Fact]
    public void ByStart_NullStartsAndTies_KeepTheirOrderBeforeLaterStarts()
    {
        var day = new DateOnly(2024, 7, 25);
        Item[] items = [new(0, day, "a"), new(1, null, "b"), new(2, DateOnly.MinValue, "c"), new(3, day, "d"), new(4, null, "e")];

        LoadOrder.ByStart(items, i => i.Start).Select(i => i.Id).Should().Equal(1, 2, 4, 0, 3);
    }

    [Fact]
    public void Ordinal_EmptyAndEqualNames_AreHandled()
    {
        LoadOrder.Ordinal([]).Should().BeEmpty();
        LoadOrder.Ordinal(["b", "a", "b", "a", "B"]).Should().Equal(4, 1, 3, 0, 2);
    }

    private static List<Item> Generate(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(0, 40);
        string[] parts = ["alliance/", "providers/", "versions/", "a", "B", "b", "é", "店", "-", "_", ".json"];
        return Enumerable.Range(0, count)
            .Select(id => new Item(
                id,
                random.Next(4) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(0, 6) * 100),
                string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => parts[random.Next(parts.Length)]))))
            .ToList();
    }
}
