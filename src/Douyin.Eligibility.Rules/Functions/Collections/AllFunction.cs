namespace Douyin.Eligibility.Rules.Functions;

/// <summary><c>collection.All(x => c)</c>: c holds for every element (true for an empty collection).</summary>
internal sealed class AllFunction() : QuantifierFunction(decisive: false)
{
    public override string Name => "All";

    public override string Usage => "collection.All(x => condition)";
}
