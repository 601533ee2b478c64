using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>The validator's range test on a decimal's bits says what decimal comparison says, for every sign, scale and size.</summary>
public class DecimalRangeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(100)]
    [InlineData(0)]
    public void IsWithin_AgreesWithDecimalComparison(int max)
    {
        foreach (var value in Values())
        {
            DecimalRange.IsWithin(value, max).Should().Be(!(value < 0m || value > max), $"{value} (scale {value.Scale}) in [0, {max}]");
        }
    }

    [Fact]
    public void IsWithin_Null_IsWithin() => DecimalRange.IsWithin((decimal?)null, 1).Should().BeTrue();

    private static IEnumerable<decimal> Values()
    {
        decimal[] fixedValues =
        [
            0m, -0m, -0.0m, -0.000m, 0.000000000000000000000000000m, 1m, 1.0m, 1.00000000000000000m, 1.000000000000000001m,
            0.99999999999999999999999999m, 5m, 5.00m, 5.01m, 4.999m, 100m, 100.0000000000000001m, 99.99999999999999999m,
            -1m, -0.0000001m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 79228162514264337593543950.335m,
            new decimal(0, 0, 1, false, 28), new decimal(0, 0, 1, true, 28), new decimal(0, 0, 0, true, 5),
            new decimal(-1, -1, 0, false, 17), new decimal(-1, -1, 0, false, 18), new decimal(100, 0, 0, false, 0),
        ];
        foreach (var value in fixedValues)
        {
            yield return value;
        }

        var random = new Random(20261202);
        for (var i = 0; i < 20_000; i++)
        {
            var scale = (byte)random.Next(0, 29);
            var hi = random.Next(0, 8) == 0 ? random.Next() : 0;
            var mid = random.Next(0, 3) == 0 ? 0 : random.Next();
            yield return new decimal(random.Next(), mid, hi, random.Next(0, 3) == 0, scale);
            yield return Math.Round((decimal)(random.NextDouble() * 120 - 10), random.Next(0, 6));
        }
    }
}
