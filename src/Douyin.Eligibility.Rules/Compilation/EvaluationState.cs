namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>What a compiled rule reads while it runs: the inputs, the evaluation date and, when explaining, a trace recorder.</summary>
internal sealed class EvaluationState(object?[] inputs, DateOnly asOf, ITraceSink? trace)
{
    public readonly object?[] Inputs = inputs;

    public readonly DateOnly AsOf = asOf;

    public readonly ITraceSink? Trace = trace;

    /// <summary>Steps taken, counted only by code compiled with <see cref="RuleSetOptions.CountWork"/> (test builds).</summary>
    public long Work;

    /// <summary>Set by the locating variant (<see cref="ExpressionCompiler.CompileLocating"/>): where the innermost failing sub-expression starts.</summary>
    public SourceLocation? ErrorLocation;
}
