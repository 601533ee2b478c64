namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>What a compiled rule reads while it runs: the inputs, the evaluation date and, when explaining, a trace recorder.</summary>
internal sealed class EvaluationState(object?[] inputs, DateOnly asOf, TraceRecorder? trace)
{
    public readonly object?[] Inputs = inputs;

    public readonly DateOnly AsOf = asOf;

    public readonly TraceRecorder? Trace = trace;

    /// <summary>Steps taken, counted only by code compiled with <see cref="RuleSetOptions.CountWork"/> (test builds).</summary>
    public long Work;
}
