namespace SampleDataGenerator;

/// <summary>A seeded random source with the few helpers the factories need; same seed, same files.</summary>
internal sealed class Rng(int seed)
{
    private readonly Random _random = new(seed);

    public int Int(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public long Long(long min, long maxInclusive) => _random.NextInt64(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A decimal in [min, max] rounded to <paramref name="digits"/> places.</summary>
    public decimal Dec(decimal min, decimal max, int digits)
        => Math.Round(min + ((max - min) * (decimal)_random.NextDouble()), digits, MidpointRounding.AwayFromZero);

    /// <summary>Null with the given probability (an unknown field), otherwise the value.</summary>
    public T? MaybeNull<T>(T value, double probability)
        where T : struct
        => Chance(probability) ? null : value;

    public DateOnly DaysBefore(DateOnly date, int min, int max) => date.AddDays(-Int(min, max));
}
