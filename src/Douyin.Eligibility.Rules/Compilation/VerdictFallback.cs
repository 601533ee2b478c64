namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// The per-rule-guarded variant of a fused chunk, compiled on its first use: the chunk's fast variant has one try region
/// for all its rules and, when a rule error reaches it, runs this one instead, so each rule that throws is an Error on
/// its own and the others keep their outcomes.
/// </summary>
internal sealed class VerdictFallback(Func<Func<object?, object?[]?, DateOnly, ulong>> compile)
{
    private readonly Lazy<Func<object?, object?[]?, DateOnly, ulong>> _run = new(compile, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the variant has been compiled (an error reached the fast variant at least once).</summary>
    public bool IsCompiled => _run.IsValueCreated;

    /// <summary>Runs the chunk with a try region around each leaf.</summary>
    public ulong Run(object? input, object?[]? inputs, DateOnly asOf) => _run.Value(input, inputs, asOf);
}
