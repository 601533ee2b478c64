using System.Globalization;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Randomized;

/// <summary>
/// A tiny expression tree that prints itself in the rule language and evaluates itself the plain way:
/// the reference the compiled delegates are checked against. Numbers are evaluated as decimal.
/// </summary>
internal abstract record RefNode
{
    public abstract string Print();
}

internal abstract record RefBool : RefNode
{
    public abstract bool? Eval(Store store, Item? item);
}

internal abstract record RefNum : RefNode
{
    public abstract decimal? Eval(Store store, Item? item);
}

internal sealed record BoolLiteral(bool Value) : RefBool
{
    public override string Print() => Value ? "true" : "false";

    public override bool? Eval(Store store, Item? item) => Value;
}

internal sealed record FlagMember : RefBool
{
    public override string Print() => "store.Flag";

    public override bool? Eval(Store store, Item? item) => store.Flag;
}

internal sealed record Not(RefBool Operand) : RefBool
{
    public override string Print() => $"!({Operand.Print()})";

    public override bool? Eval(Store store, Item? item) => !Operand.Eval(store, item);
}

/// <summary>C#'s <c>&amp;</c> and <c>|</c> on bool? are Kleene logic, which is the specification.</summary>
internal sealed record Logical(RefBool Left, bool IsAnd, string Spelling, RefBool Right) : RefBool
{
    public override string Print() => $"({Left.Print()} {Spelling} {Right.Print()})";

    public override bool? Eval(Store store, Item? item)
        => IsAnd ? Left.Eval(store, item) & Right.Eval(store, item) : Left.Eval(store, item) | Right.Eval(store, item);
}

internal sealed record Compare(RefNum Left, string Op, RefNum Right) : RefBool
{
    public override string Print() => $"({Left.Print()} {Op} {Right.Print()})";

    public override bool? Eval(Store store, Item? item)
    {
        var (l, r) = (Left.Eval(store, item), Right.Eval(store, item));
        if (l is not { } a || r is not { } b)
        {
            return null;
        }

        return Op switch
        {
            "<" => a < b,
            "<=" => a <= b,
            ">" => a > b,
            ">=" => a >= b,
            "==" or "=" => a == b,
            _ => a != b,
        };
    }
}

internal sealed record IsNull(RefNum Operand, bool Negated) : RefBool
{
    public override string Print() => $"({Operand.Print()} {(Negated ? "!=" : "==")} null)";

    public override bool? Eval(Store store, Item? item) => (Operand.Eval(store, item) is null) != Negated;
}

internal sealed record NameEquals(string Value) : RefBool
{
    public override string Print() => $"(store.Name == \"{Value}\")";

    public override bool? Eval(Store store, Item? item) => store.Name is null ? null : store.Name == Value;
}

internal sealed record Quantifier(bool IsAny, RefBool Body) : RefBool
{
    public override string Print() => $"store.Items.{(IsAny ? "Any" : "All")}(i => {Body.Print()})";

    public override bool? Eval(Store store, Item? item)
    {
        if (store.Items is null)
        {
            return null;
        }

        var unknown = false;
        foreach (var element in store.Items)
        {
            var value = Body.Eval(store, element);
            if (value == IsAny)
            {
                return IsAny;
            }

            unknown |= value is null;
        }

        return unknown ? null : !IsAny;
    }
}

internal sealed record CondBool(RefBool Condition, RefBool WhenTrue, RefBool WhenFalse) : RefBool
{
    public override string Print() => $"({Condition.Print()} ? {WhenTrue.Print()} : {WhenFalse.Print()})";

    public override bool? Eval(Store store, Item? item) => Condition.Eval(store, item) switch
    {
        true => WhenTrue.Eval(store, item),
        false => WhenFalse.Eval(store, item),
        null => null,
    };
}

internal sealed record NumLiteral(decimal Value, bool IsDecimal) : RefNum
{
    public override string Print() => IsDecimal ? Value.ToString("0.0#", CultureInfo.InvariantCulture) : Value.ToString("0", CultureInfo.InvariantCulture);

    public override decimal? Eval(Store store, Item? item) => Value;
}

internal sealed record NumMember(string Name) : RefNum
{
    public override string Print() => Name;

    public override decimal? Eval(Store store, Item? item) => Name switch
    {
        "store.Score" => store.Score,
        "store.Count" => store.Count,
        "store.Gmv" => store.Gmv,
        "i.Amount" => item!.Amount,
        _ => item!.Points,
    };
}

internal sealed record Arithmetic(RefNum Left, char Op, RefNum Right) : RefNum
{
    public override string Print() => $"({Left.Print()} {Op} {Right.Print()})";

    public override decimal? Eval(Store store, Item? item)
    {
        var (l, r) = (Left.Eval(store, item), Right.Eval(store, item));
        if (l is not { } a || r is not { } b)
        {
            return null;
        }

        return Op switch { '+' => a + b, '-' => a - b, _ => a * b };
    }
}

internal sealed record Coalesce(RefNum Left, RefNum Right) : RefNum
{
    public override string Print() => $"({Left.Print()} ?? {Right.Print()})";

    public override decimal? Eval(Store store, Item? item) => Left.Eval(store, item) ?? Right.Eval(store, item);
}

internal sealed record CondNum(RefBool Condition, RefNum WhenTrue, RefNum WhenFalse) : RefNum
{
    public override string Print() => $"({Condition.Print()} ? {WhenTrue.Print()} : {WhenFalse.Print()})";

    public override decimal? Eval(Store store, Item? item) => Condition.Eval(store, item) switch
    {
        true => WhenTrue.Eval(store, item),
        false => WhenFalse.Eval(store, item),
        null => null,
    };
}

internal sealed record CountWhere(RefBool Body) : RefNum
{
    public override string Print() => $"store.Items.Count(i => {Body.Print()})";

    public override decimal? Eval(Store store, Item? item)
    {
        if (store.Items is null)
        {
            return null;
        }

        var count = 0;
        foreach (var element in store.Items)
        {
            switch (Body.Eval(store, element))
            {
                case null: return null;
                case true: count++; break;
            }
        }

        return count;
    }
}

internal sealed record SumPoints : RefNum
{
    public override string Print() => "store.Items.Sum(i => i.Points)";

    public override decimal? Eval(Store store, Item? item)
    {
        if (store.Items is null)
        {
            return null;
        }

        decimal total = 0;
        foreach (var element in store.Items)
        {
            if (element.Points is not { } points)
            {
                return null;
            }

            total += points;
        }

        return total;
    }
}
