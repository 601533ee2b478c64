namespace Douyin.Eligibility.Testing.Generation;

/// <summary>One input to run through both backends: what the workflow's single input gets, and the evaluation date.</summary>
/// <param name="Id">Where the case came from, for failure messages: a sample line or a generated snapshot's seed and index.</param>
/// <param name="AsOf">The evaluation date passed to the workflow.</param>
/// <param name="Input">The workflow's input; null is a missing input.</param>
public sealed record ConformanceCase(string Id, DateOnly AsOf, object? Input)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} @ {AsOf:yyyy-MM-dd}";
}
