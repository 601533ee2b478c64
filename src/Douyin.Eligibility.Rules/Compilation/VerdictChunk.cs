namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// One fused chunk's current delegate, shared by every workflow that holds the chunk. Under
/// <see cref="VerdictTiering.InterpretThenCompile"/> it starts as the interpreted tree and is replaced, once, by the
/// compiled one when a background thread has it ready; both are built from the same rules and give the same outcomes
/// (differential tests check it), so a caller may run either. The swap is a single reference write, so a caller sees one
/// delegate or the other, never a torn state.
/// </summary>
internal sealed class VerdictChunk(Func<object?, object?[]?, DateOnly, ulong> run, Func<Func<object?, object?[]?, DateOnly, ulong>>? compile)
{
    private readonly object _compileLock = new();
    private Func<object?, object?[]?, DateOnly, ulong> _run = run;
    private Func<Func<object?, object?[]?, DateOnly, ulong>>? _compile = compile;

    /// <summary>The delegate to call now: the compiled one once it is ready, else the interpreted one.</summary>
    public Func<object?, object?[]?, DateOnly, ulong> Run => Volatile.Read(ref _run);

    /// <summary>Whether the chunk runs its final form (compiled, or the only form there is: interpreted under Native AOT).</summary>
    public bool IsFinal => Volatile.Read(ref _compile) is null;

    /// <summary>
    /// Compiles the chunk and swaps the delegate in, unless that was done already (by another workflow sharing the chunk,
    /// or another worker). An exception while compiling leaves the interpreted delegate in place: it gives the same
    /// outcomes, only slower; the exception is kept in <see cref="CompileError"/> for tests.
    /// </summary>
    public void CompileNow()
    {
        lock (_compileLock)
        {
            if (_compile is not { } compile)
            {
                return;
            }

            try
            {
                Volatile.Write(ref _run, compile());
            }
            catch (Exception e)
            {
                CompileError = e;
            }

            Volatile.Write(ref _compile, null);
        }
    }

    /// <summary>What compiling threw, if it did (the chunk then keeps interpreting).</summary>
    public Exception? CompileError { get; private set; }
}
