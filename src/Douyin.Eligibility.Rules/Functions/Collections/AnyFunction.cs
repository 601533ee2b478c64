namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>collection.Any()</c>: has at least one element; <c>collection.Any(x => c)</c>: c holds for some element.</summary>
internal sealed class AnyFunction() : QuantifierFunction(decisive: true)
{
    public override string Name => "Any";

    public override string Usage => "collection.Any() or collection.Any(x => condition)";

    protected override bool LambdaOptional => true;
}
