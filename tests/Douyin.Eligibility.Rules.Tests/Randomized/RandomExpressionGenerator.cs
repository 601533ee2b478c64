using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Randomized;

/// <summary>Random well-typed expressions (no division, small magnitudes so nothing overflows) and random stores with nulls.</summary>
internal sealed class RandomExpressionGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public RefBool Bool(int depth, bool inLambda = false)
    {
        var leafOnly = depth <= 0;
        switch (_random.Next(leafOnly ? 4 : 11))
        {
            case 0: return new BoolLiteral(_random.Next(2) == 0);
            case 1: return new FlagMember();
            case 2: return new NameEquals(_random.Next(2) == 0 ? "a" : "b");
            case 3: return new IsNull(Num(0, inLambda), _random.Next(2) == 0);
            case 4: return new Not(Bool(depth - 1, inLambda));
            case 5 or 6:
                var isAnd = _random.Next(2) == 0;
                var spelling = isAnd ? new[] { "&&", "and", "AND" }[_random.Next(3)] : new[] { "||", "or", "OR" }[_random.Next(3)];
                return new Logical(Bool(depth - 1, inLambda), isAnd, spelling, Bool(depth - 1, inLambda));
            case 7 or 8: return new Compare(Num(depth - 1, inLambda), new[] { "<", "<=", ">", ">=", "==", "!=", "=", "<>" }[_random.Next(8)], Num(depth - 1, inLambda));
            case 9: return inLambda ? Bool(depth - 1, true) : new Quantifier(_random.Next(2) == 0, Bool(depth - 1, inLambda: true));
            default: return new CondBool(Bool(depth - 1, inLambda), Bool(depth - 1, inLambda), Bool(depth - 1, inLambda));
        }
    }

    public RefNum Num(int depth, bool inLambda)
    {
        var leafOnly = depth <= 0;
        switch (_random.Next(leafOnly ? 3 : 9))
        {
            case 0: return _random.Next(2) == 0 ? new NumLiteral(_random.Next(0, 20), false) : new NumLiteral(_random.Next(0, 500) / 100m, true);
            case 1 or 2:
                var members = inLambda ? new[] { "store.Score", "store.Count", "store.Gmv", "i.Amount", "i.Points" } : new[] { "store.Score", "store.Count", "store.Gmv" };
                return new NumMember(members[_random.Next(members.Length)]);
            case 3 or 4: return new Arithmetic(Num(depth - 1, inLambda), "+-"[_random.Next(2)], Num(depth - 1, inLambda));
            case 5: return new Arithmetic(Num(depth - 1, inLambda), '*', new NumLiteral(_random.Next(0, 4), false));
            case 6: return new Coalesce(Num(depth - 1, inLambda), Num(depth - 1, inLambda));
            case 7: return new CondNum(Bool(depth - 1, inLambda), Num(depth - 1, inLambda), Num(depth - 1, inLambda));
            default: return inLambda ? new NumMember("i.Points") : (_random.Next(2) == 0 ? new CountWhere(Bool(depth - 1, inLambda: true)) : new SumPoints());
        }
    }

    public Store Store()
    {
        T? Maybe<T>(T value) where T : struct => _random.Next(4) == 0 ? null : value;
        return new Store
        {
            Score = Maybe(_random.Next(0, 500) / 100m),
            Count = Maybe(_random.Next(0, 20)),
            Gmv = Maybe((long)_random.Next(0, 1000)),
            Flag = Maybe(_random.Next(2) == 0),
            Name = _random.Next(3) switch { 0 => null, 1 => "a", _ => "b" },
            Items = _random.Next(6) == 0
                ? null
                : Enumerable.Range(0, _random.Next(0, 4)).Select(_ => new Item { Amount = Maybe(_random.Next(0, 500) / 100m), Points = Maybe(_random.Next(0, 10)) }).ToArray(),
        };
    }
}
