namespace Douyin.Eligibility.Testing.Generation;

/// <summary>The draws the generators share: flags and values that may be unknown, and values on and beside a threshold.</summary>
internal static class RandomValues
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, params T[] items) => items[random.Next(items.Length)];

    /// <summary>True, false or (with <paramref name="unknown"/>) null.</summary>
    public static bool? Flag(this Random random, double isTrue, double unknown)
        => random.Chance(unknown) ? null : random.Chance(isTrue);

    /// <summary><paramref name="value"/>, or null with probability <paramref name="unknown"/>.</summary>
    public static T? Maybe<T>(this Random random, T value, double unknown)
        where T : struct
        => random.Chance(unknown) ? null : value;

    /// <summary>One of the thresholds, moved by a whole number of <paramref name="step"/>s in [-spread, spread]: hits each threshold exactly, and a step either side.</summary>
    public static decimal Around(this Random random, decimal step, int spread, params decimal[] thresholds)
        => random.Pick(thresholds) + (step * random.Next(-spread, spread + 1));

    /// <inheritdoc cref="Around(Random, decimal, int, decimal[])"/>
    public static long Around(this Random random, long step, int spread, params long[] thresholds)
        => random.Pick(thresholds) + (step * random.Next(-spread, spread + 1));

    /// <inheritdoc cref="Around(Random, decimal, int, decimal[])"/>
    public static int Around(this Random random, int step, int spread, params int[] thresholds)
        => random.Pick(thresholds) + (step * random.Next(-spread, spread + 1));

    /// <summary>A date from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static DateOnly Between(this Random random, DateOnly first, DateOnly last)
        => first.AddDays(random.Next(Math.Max(0, last.DayNumber - first.DayNumber) + 1));

    public static T Clamp<T>(T value, T min, T max)
        where T : IComparable<T>
        => value.CompareTo(min) < 0 ? min : value.CompareTo(max) > 0 ? max : value;
}
