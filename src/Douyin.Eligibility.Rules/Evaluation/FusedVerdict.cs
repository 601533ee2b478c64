using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// A workflow's top-level rules compiled into one delegate per <see cref="VerdictCompiler.ChunkSize"/> rules, each
/// returning its rules' outcomes packed two bits a rule; <see cref="Run"/> unpacks them and combines them with
/// three-valued And. Allocates nothing (see <see cref="VerdictCompiler"/> for rules with non-constant params).
/// </summary>
/// <remarks>
/// For large workflows (<see cref="VerdictTiering.Automatic"/>) the chunks start interpreted and are compiled on
/// background threads from the second evaluation on, each swapped in when ready: a workflow of 10,000 rules answers
/// its first evaluation after about 1 s instead of the 7 s that compiling its 313 chunks takes (docs/performance.md,
/// "Rules at scale"). Both forms give the same outcomes, rule errors included (differential tests).
/// </remarks>
internal sealed class FusedVerdict
{
    private const ulong LowBits = 0x5555_5555_5555_5555UL;
    private readonly VerdictChunk[] _chunks;
    private readonly int[] _starts;
    private readonly int _count;
    /// <summary>
    /// Evaluations on the interpreted form before compiling starts: a process that decides once (the tool's
    /// <c>explain</c>) never pays for the compiler, and one that decides again gets the compiled form soon.
    /// </summary>
    private int _callsBeforeCompiling = 2;
    private volatile bool _tiering;
    private Task? _background;

    private FusedVerdict(VerdictChunk[] chunks, int[] starts, int count, bool tiering)
    {
        _chunks = chunks;
        _starts = starts;
        _count = count;
        _tiering = tiering;
    }

    /// <summary>Whether every chunk runs its final form (the background compilation, if any, is over).</summary>
    public bool IsFinal => _chunks.All(c => c.IsFinal);

    /// <summary>Tests and benchmarks: starts the background compilation if it has not started, and waits for it.</summary>
    public void CompileNow()
    {
        StartCompiling();
        _background?.Wait();
    }

    /// <summary>
    /// Compiles the chunks, counted from the end (the first chunk takes the remainder), and reuses a chunk another
    /// workflow of the rule set already compiled for the same rules: a workflow's injected rules come after its own, so
    /// a workflow and the ones it injects share all their chunks but the first.
    /// </summary>
    public static FusedVerdict Compile(IReadOnlyList<CompiledRule> rules, IReadOnlyList<Type> inputTypes)
    {
        var settings = rules.Count > 0 ? rules[0].Settings : CompileSettings.Default;
        var size = VerdictCompiler.ChunkSize;

        // The first chunk takes the remainder, so chunk boundaries count from the end of the rules.
        var remainder = rules.Count % size;
        var starts = new List<int>();
        for (var start = 0; start < rules.Count; start = starts.Count == 1 && remainder != 0 ? remainder : start + size)
        {
            starts.Add(start);
        }

        // Where trees are always interpreted (Native AOT, or a test build's Interpret), there is nothing to compile later.
        var tiering = !settings.Interpreted && settings.Tiering switch
        {
            VerdictTiering.Compile => false,
            VerdictTiering.Automatic => starts.Count >= VerdictTieringPolicy.AutomaticMinimumChunks,
            _ => true,
        };

        var chunks = new VerdictChunk[starts.Count];
        for (var c = 0; c < chunks.Length; c++)
        {
            var end = c + 1 < starts.Count ? starts[c + 1] : rules.Count;
            var members = rules.Skip(starts[c]).Take(end - starts[c]).ToArray();
            chunks[c] = members[0].FusedChunk(members, inputTypes, () => CreateChunk(members, inputTypes, tiering));
        }

        var verdict = new FusedVerdict(chunks, starts.ToArray(), rules.Count, tiering && chunks.Any(c => !c.IsFinal));
        if (settings.Tiering == VerdictTiering.InterpretUntilAsked)
        {
            verdict._callsBeforeCompiling = int.MinValue;
        }

        return verdict;
    }

    private static VerdictChunk CreateChunk(CompiledRule[] members, IReadOnlyList<Type> inputTypes, bool tiering)
    {
        var rules = members.Select(r => r.ToVerdictRule()).ToArray();
        var settings = members[0].Settings;

        // The guarded variant (a try region per leaf) is compiled when an error first needs it, and serves both forms.
        var fallback = new VerdictFallback(() => settings.ToDelegate(VerdictCompiler.Build(rules, inputTypes, settings)));
        Func<object?, object?[]?, DateOnly, ulong> Compiled() => settings.ToDelegate(VerdictCompiler.Build(rules, inputTypes, settings, fallback));
        if (!tiering)
        {
            return new VerdictChunk(Compiled(), compile: null);
        }

        // Interpreted trees catch rule errors without an exception filter (VerdictCompiler.CatchRuleError), so the
        // interpreted form is built from its own tree.
        var interpreting = settings with { Interpret = true };
        return new VerdictChunk(interpreting.ToDelegate(VerdictCompiler.Build(rules, inputTypes, interpreting, fallback)), Compiled);
    }

    /// <summary>Starts compiling the chunks that are still interpreted, once, on background threads.</summary>
    private void StartCompiling()
    {
        if (!_tiering)
        {
            return;
        }

        lock (_chunks)
        {
            if (_background is not null)
            {
                return;
            }

            // Half the cores, so evaluation keeps running beside the compiler (on 2 cores, 2 workers were slower than 1).
            var workers = Math.Clamp(Environment.ProcessorCount / 2, 1, _chunks.Length);
            var next = -1;
            var threads = new Task[workers];
            for (var w = 0; w < workers; w++)
            {
                threads[w] = Task.Factory.StartNew(
                    () =>
                    {
                        for (int c; (c = Interlocked.Increment(ref next)) < _chunks.Length;)
                        {
                            _chunks[c].CompileNow();
                        }
                    },
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
            }

            _background = Task.WhenAll(threads).ContinueWith(_ => _tiering = false, TaskScheduler.Default);
        }
    }

    /// <summary>Counts an evaluation while the chunks are interpreted: compiling starts at the second.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void CountInterpretedCall()
    {
        if (Interlocked.Decrement(ref _callsBeforeCompiling) == 0)
        {
            StartCompiling();
        }
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
        if (_tiering)
        {
            CountInterpretedCall();
        }

        var chunks = _chunks;
        for (var c = 0; c < chunks.Length; c++)
        {
            var packed = chunks[c].Run(input, inputs, asOf);
            var low = packed & LowBits;
            var high = (packed >> 1) & LowBits;
            failed |= low & ~high;
            error |= low & high;
            unknown |= high & ~low;
            var start = _starts[c];
            var end = c + 1 < chunks.Length ? _starts[c + 1] : _count;

            // One slice per chunk, so the loop writes without a bounds check per rule. (Two outcomes a store through BMI2's
            // bit deposit measured no faster here, and that instruction is microcoded on older AMD cores.)
            var slice = outcomes.Slice(start, end - start);
            for (var i = 0; i < slice.Length; i++)
            {
                slice[i] = (RuleOutcome)(int)(packed & 3);
                packed >>= 2;
            }
        }

        return failed != 0 ? RuleOutcome.Failed : error != 0 ? RuleOutcome.Error : unknown != 0 ? RuleOutcome.Indeterminate : RuleOutcome.Passed;
    }
}
