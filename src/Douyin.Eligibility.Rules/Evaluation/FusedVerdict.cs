using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// A workflow's top-level rules compiled into one delegate per <see cref="VerdictCompiler.ChunkSize"/> rules, each
/// returning its rules' outcomes packed two bits a rule; <see cref="Run"/> unpacks them and combines them with
/// three-valued And. Allocates nothing (see <see cref="VerdictCompiler"/> for rules with non-constant params).
/// </summary>
internal sealed class FusedVerdict
{
    private const ulong LowBits = 0x5555_5555_5555_5555UL;
    private readonly Func<object?, object?[]?, DateOnly, ulong>[] _chunks;
    private readonly int[] _starts;
    private readonly int _count;

    private FusedVerdict(Func<object?, object?[]?, DateOnly, ulong>[] chunks, int[] starts, int count)
    {
        _chunks = chunks;
        _starts = starts;
        _count = count;
    }

    /// <summary>
    /// Compiles the chunks, counted from the end (the first chunk takes the remainder), and reuses a chunk another
    /// workflow of the rule set already compiled for the same rules: a workflow's injected rules come after its own, so
    /// a workflow and the ones it injects share all their chunks but the first.
    /// </summary>
    public static FusedVerdict Compile(IReadOnlyList<CompiledRule> rules, IReadOnlyList<Type> inputTypes)
    {
        // The first chunk takes the remainder, so chunk boundaries count from the end of the rules.
        var remainder = rules.Count % VerdictCompiler.ChunkSize;
        var starts = new List<int>();
        for (var start = 0; start < rules.Count; start = starts.Count == 1 && remainder != 0 ? remainder : start + VerdictCompiler.ChunkSize)
        {
            starts.Add(start);
        }

        var chunks = new Func<object?, object?[]?, DateOnly, ulong>[starts.Count];
        for (var c = 0; c < chunks.Length; c++)
        {
            var end = c + 1 < starts.Count ? starts[c + 1] : rules.Count;
            var members = rules.Skip(starts[c]).Take(end - starts[c]).ToArray();

            // Interpreting first (Compile(preferInterpretation: true)) and compiling in the background was measured and did
            // not pay: the first call's cost is mostly warming up the expression compiler, which interpreting needs as well.
            chunks[c] = members[0].FusedChunk(members, inputTypes, () => CompileChunk(members, inputTypes));
        }

        return new FusedVerdict(chunks, starts.ToArray(), rules.Count);
    }

    /// <summary>The fast variant of a chunk (one try region), with the guarded one (a try region per leaf) compiled when an error first needs it.</summary>
    private static Func<object?, object?[]?, DateOnly, ulong> CompileChunk(CompiledRule[] members, IReadOnlyList<Type> inputTypes)
    {
        var rules = members.Select(r => r.ToVerdictRule()).ToArray();
        var settings = members[0].Settings;
        var fallback = new VerdictFallback(() => settings.ToDelegate(VerdictCompiler.Build(rules, inputTypes, settings)));
        return settings.ToDelegate(VerdictCompiler.Build(rules, inputTypes, settings, fallback));
    }

    /// <summary>
    /// Writes each rule's outcome into <paramref name="outcomes"/> (at least as long as the rules) and returns their
    /// three-valued And. <paramref name="input"/> is the single input; <paramref name="inputs"/> all of them (null for one).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public RuleOutcome Run(object? input, object?[]? inputs, DateOnly asOf, Span<RuleOutcome> outcomes)
    {
        // Per two-bit field: Failed is 01, Indeterminate 10, Error 11.
        ulong failed = 0, error = 0, unknown = 0;
        var chunks = _chunks;
        for (var c = 0; c < chunks.Length; c++)
        {
            var packed = chunks[c](input, inputs, asOf);
            var low = packed & LowBits;
            var high = (packed >> 1) & LowBits;
            failed |= low & ~high;
            error |= low & high;
            unknown |= high & ~low;
            var start = _starts[c];
            var end = c + 1 < chunks.Length ? _starts[c + 1] : _count;
            for (var i = start; i < end; i++)
            {
                outcomes[i] = (RuleOutcome)(int)(packed & 3);
                packed >>= 2;
            }
        }

        return failed != 0 ? RuleOutcome.Failed : error != 0 ? RuleOutcome.Error : unknown != 0 ? RuleOutcome.Indeterminate : RuleOutcome.Passed;
    }
}
