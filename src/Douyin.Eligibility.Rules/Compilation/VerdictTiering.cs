namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>How a workflow's fused verdict chunks become delegates (measured in docs/performance.md, "Rules at scale").</summary>
internal enum VerdictTiering
{
    /// <summary>
    /// <see cref="InterpretThenCompile"/> for a workflow of at least <see cref="VerdictTieringPolicy.AutomaticMinimumChunks"/> chunks, whose
    /// compilation would hold up the first evaluation for long; <see cref="Compile"/> for smaller ones, which then
    /// allocate nothing from their first evaluation on (the interpreter allocates its frames).
    /// </summary>
    Automatic,

    /// <summary>Compiled to IL on the first evaluation, before it returns.</summary>
    Compile,

    /// <summary>
    /// Interpreted on the first evaluation (building an interpreter's instructions costs a fraction of compiling and
    /// JIT-compiling a chunk), then compiled on background threads and swapped in chunk by chunk.
    /// </summary>
    InterpretThenCompile,

    /// <summary>Tests: interpreted until <c>Workflow.CompileVerdictNow</c> compiles and swaps, so each phase can be checked on its own.</summary>
    InterpretUntilAsked,
}
