using System.Reflection;

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

    // Looked up by constant name on this type, which the trimmer and Native AOT keep (compiled code reads them by reflection).
    internal static readonly FieldInfo InputsField = typeof(EvaluationState).GetField(nameof(Inputs))!;
    internal static readonly FieldInfo AsOfField = typeof(EvaluationState).GetField(nameof(AsOf))!;
    internal static readonly FieldInfo TraceField = typeof(EvaluationState).GetField(nameof(Trace))!;
    internal static readonly FieldInfo WorkField = typeof(EvaluationState).GetField(nameof(Work))!;
    internal static readonly FieldInfo ErrorLocationField = typeof(EvaluationState).GetField(nameof(ErrorLocation))!;
}
