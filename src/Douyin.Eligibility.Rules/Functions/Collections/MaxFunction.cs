namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>collection.Max(x => value)</c>: the largest value.</summary>
internal sealed class MaxFunction() : ExtremumFunction(isMax: true)
{
    public override string Name => "Max";
}
