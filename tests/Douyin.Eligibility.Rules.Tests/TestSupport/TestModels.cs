namespace Douyin.Eligibility.Rules.Tests.TestSupport;

public enum StoreKind { Normal, Flagship, Virtual }

public sealed class Store
{
    public string? Id { get; init; }
    public decimal? Score { get; init; }
    public decimal? Rate { get; init; }
    public int? Count { get; init; }
    public long? Gmv { get; init; }
    public bool? Flag { get; init; }
    public string? Name { get; init; }
    public DateOnly? Opened { get; init; }
    public StoreKind? Kind { get; init; }
    public double? Ratio { get; init; }
    public Owner? Owner { get; init; }
    public IReadOnlyList<Item>? Items { get; init; } = [];
    public IReadOnlyList<string>? Tags { get; init; } = [];
    public IEnumerable<int>? Numbers { get; init; }
}

public sealed class Item
{
    public decimal? Amount { get; init; }
    public int? Points { get; init; }
    public DateOnly? Date { get; init; }
    public string? Code { get; init; }
}

public sealed class Owner
{
    public string? Name { get; init; }
    public int? Stores { get; init; }
}

public sealed class AmbiguousModel
{
    public int? Value { get; init; }
    public int? VALUE { get; init; }
}
