namespace Douyin.Eligibility.Benchmarks;

public sealed class Shop
{
    public bool? Settled { get; init; }
    public bool? StatusNormal { get; init; }
    public long? Gmv30d { get; init; }
    public decimal? StoreScore { get; init; }
    public decimal? PositiveRate { get; init; }
    public bool? VirtualOnly { get; init; }
    public bool? WarehouseInspected { get; init; }
    public int? OpeningsUsed { get; init; }
    public IReadOnlyList<Penalty> Penalties { get; init; } = [];
}

public sealed class Penalty
{
    public string? Rule { get; init; }
    public DateOnly? Date { get; init; }
}
