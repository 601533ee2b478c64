using Douyin.Eligibility.Rules.Tests.TestSupport;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.RulesEngine.Tests.Randomized;

/// <summary>
/// Random conditions over the members <see cref="RandomExpressionGenerator"/> leaves out: dates and the date
/// functions, enums compared by name, doubles (NaN and infinities included), a nested object that may be missing,
/// collections of strings and numbers (with null items), string functions, Min/Max, Abs, Date literals and
/// AsOf. Text only, checked against the built-in engine (no reference interpreter): the comparison is between the
/// two backends. Stores and dates come with it, nulls and the calendar's ends included.
/// </summary>
internal sealed class WideExpressionGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public string Bool(int depth, bool inLambda = false)
    {
        if (depth <= 0 || _random.Chance(0.35))
        {
            return Leaf(inLambda);
        }

        return _random.Next(5) switch
        {
            0 => $"!({Bool(depth - 1, inLambda)})",
            1 => $"({Bool(depth - 1, inLambda)} && {Bool(depth - 1, inLambda)})",
            2 => $"({Bool(depth - 1, inLambda)} || {Bool(depth - 1, inLambda)})",
            3 => $"({Bool(depth - 1, inLambda)} ? {Bool(depth - 1, inLambda)} : {Bool(depth - 1, inLambda)})",
            _ => inLambda ? Leaf(true) : $"store.Items.{_random.Pick("Any", "All")}(i => {Bool(depth - 1, inLambda: true)})",
        };
    }

    public Store Store()
    {
        T? Maybe<T>(T value) where T : struct => _random.Chance(0.25) ? null : value;
        return new Store
        {
            Id = "s",
            Score = Maybe(_random.Next(0, 500) / 100m),
            Rate = Maybe(_random.Next(0, 101) / 100m),
            Count = Maybe(_random.Next(0, 5)),
            Gmv = Maybe((long)_random.Next(0, 1000)),
            Flag = Maybe(_random.Chance(0.5)),
            Name = _random.Pick(null, "", "a", "ab", "ba", "b", "A"),
            Opened = _random.Chance(0.2) ? null : Date(),
            Kind = _random.Chance(0.2) ? null : _random.Pick(StoreKind.Normal, StoreKind.Flagship, StoreKind.Virtual, (StoreKind)7),
            Ratio = _random.Chance(0.2) ? null : _random.Chance(0.1) ? _random.Pick(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue) : _random.NextDouble(),
            Owner = _random.Chance(0.25) ? null : new Owner { Name = _random.Pick(null, "o", "p"), Stores = Maybe(_random.Next(0, 5)) },
            Items = _random.Chance(0.15) ? null : [.. Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Item()!)],
            Tags = _random.Chance(0.15) ? null : [.. Enumerable.Range(0, _random.Next(0, 4)).Select(_ => _random.Pick(null, "x", "xy", "y", "")!)],
            Numbers = _random.Chance(0.15) ? null : Enumerable.Range(0, _random.Next(0, 4)).Select(_ => _random.Next(-2, 6)).ToArray(),
        };
    }

    /// <summary>An evaluation date: mostly around 2024, sometimes at the calendar's ends.</summary>
    public DateOnly AsOf() => _random.Chance(0.05) ? _random.Pick(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 12, 31), new DateOnly(2024, 1, 1)) : new DateOnly(2024, 7, 25).AddDays(_random.Next(-400, 400));

    private Item? Item() => _random.Chance(0.1) ? null : new Item
    {
        Amount = _random.Chance(0.2) ? null : _random.Next(0, 500) / 100m,
        Points = _random.Chance(0.2) ? null : _random.Next(0, 10),
        Date = _random.Chance(0.2) ? null : Date(),
        Code = _random.Pick(null, "A", "AB", "b"),
    };

    private DateOnly Date() => _random.Chance(0.03)
        ? _random.Pick(DateOnly.MinValue, DateOnly.MaxValue)
        : new DateOnly(2024, 7, 25).AddDays(_random.Next(-800, 30));

    private string Days() => _random.Pick("0", "1", "30", "365", "-5", "store.Count", "2147483647", "-2147483647");

    private string DateValue(bool inLambda) => _random.Next(inLambda ? 7 : 6) switch
    {
        0 => "store.Opened",
        1 => "AsOf",
        2 => $"AddDays({DateValue(inLambda)}, {Days()})",
        3 => "Date(\"2024-01-01\")",
        4 => $"StartOfYear({DateValue(inLambda)})",
        5 => _random.Pick("store.Items.Min(i => i.Date)", "store.Items.Max(i => i.Date)"),
        _ => "i.Date",
    };

    private string Number(bool inLambda) => _random.Next(inLambda ? 10 : 9) switch
    {
        0 => "store.Ratio",
        1 => "store.Rate",
        2 => "store.Owner.Stores",
        3 => $"DaysBetween({DateValue(inLambda)}, {DateValue(inLambda)})",
        4 => $"Year({DateValue(inLambda)})",
        5 => $"Abs({Number(inLambda)} - 0.5)",
        6 => _random.Pick("store.Numbers.Count()", "store.Tags.Count()", "store.Items.Count()", "store.Numbers.Sum(n => n)", "store.Numbers.Max(n => n)"),
        7 => _random.Pick("store.Items.Min(i => i.Amount)", "store.Items.Max(i => i.Points)", "store.Items.Sum(i => i.Amount)"),
        8 => _random.Pick("0.5", "2", "2024", "-1", "0"),
        _ => _random.Pick("i.Amount", "i.Points"),
    };

    private string Leaf(bool inLambda)
    {
        var comparison = _random.Pick("<", "<=", ">", ">=", "==", "!=");
        return _random.Next(inLambda ? 14 : 12) switch
        {
            0 => $"(store.Kind {_random.Pick("==", "!=")} \"{_random.Pick("Normal", "Flagship", "Virtual")}\")",
            1 => $"store.Name.{_random.Pick("StartsWith", "EndsWith", "Contains")}(\"{_random.Pick("a", "b", "", "ab")}\")",
            2 => $"store.Tags.Contains(\"{_random.Pick("x", "y", "")}\")",
            3 => $"store.Numbers.Contains({_random.Next(-1, 4)})",
            4 => $"WithinLastDays({DateValue(inLambda)}, {Days()})",
            5 => $"({DateValue(inLambda)} {comparison} {DateValue(inLambda)})",
            6 => $"({Number(inLambda)} {comparison} {Number(inLambda)})",
            7 => $"(store.Owner {_random.Pick("==", "!=")} null)",
            8 => $"(store.Owner.Name == \"{_random.Pick("o", "p")}\")",
            9 => _random.Pick("store.Items.Any()", "store.Tags.Any(t => t.StartsWith(\"x\"))", "store.Numbers.All(n => n > 0)", "store.Numbers.Any(n => n == 3)"),
            10 => $"(({Number(inLambda)} ?? {Number(inLambda)}) {comparison} 1)",
            11 => $"(store.Name + \"x\" == \"{_random.Pick("ax", "x", "abx")}\")",
            12 => $"(i.Code {_random.Pick("==", "!=")} \"{_random.Pick("A", "b")}\")",
            _ => $"i.Code.StartsWith(\"A\")",
        };
    }
}
