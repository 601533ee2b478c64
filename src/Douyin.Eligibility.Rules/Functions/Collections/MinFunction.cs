namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>collection.Min(x => value)</c>: the smallest value.</summary>
internal sealed class MinFunction() : ExtremumFunction(isMax: false)
{
    public override string Name => "Min";
}
