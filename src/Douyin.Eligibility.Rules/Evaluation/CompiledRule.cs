using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// A rule ready to run: the verdict delegate (no tracing), the explaining delegate (compiled on first use), the
/// locating delegate (compiled on the first error, to place it), its children and its message templates.
/// </summary>
internal sealed class CompiledRule
{
    private readonly BoundExpression? _condition;
    private readonly Lazy<(Func<EvaluationState, bool?> Run, IReadOnlyList<TraceSite> Sites)>? _explaining;
    private readonly Lazy<Func<EvaluationState, bool?>>? _locating;

    public CompiledRule(RuleInfo info, BoundExpression? condition, IReadOnlyList<CompiledRule> children, IReadOnlyDictionary<string, MessageTemplate> messages, CompileSettings settings)
    {
        Info = info;
        _condition = condition;
        Children = children;
        Messages = messages;
        if (condition is not null)
        {
            Verdict = ExpressionCompiler.CompileCondition(condition, tracing: false, [], settings);
            _explaining = new(() =>
            {
                var sites = new List<TraceSite>();
                var run = ExpressionCompiler.CompileCondition(condition, tracing: true, sites, settings);
                return (run, sites);
            });
            _locating = new(() => ExpressionCompiler.CompileLocating(condition, settings));
        }
    }

    public RuleInfo Info { get; }

    public Func<EvaluationState, bool?>? Verdict { get; }

    public IReadOnlyList<CompiledRule> Children { get; }

    /// <summary>Templates by culture name; the empty name holds the RulesEngine ErrorMessage.</summary>
    public IReadOnlyDictionary<string, MessageTemplate> Messages { get; }

    public bool IsLeaf => _condition is not null;

    /// <summary>Runs the explaining variant: its value, trace entries and the missing values it read.</summary>
    public (bool? Value, TraceRecorder Recorder, long Work) Explain(object?[] inputs, DateOnly asOf)
    {
        var (run, sites) = _explaining!.Value;
        var recorder = new TraceRecorder(sites);
        var state = new EvaluationState(inputs, asOf, recorder);
        var value = run(state);
        return (value, recorder, state.Work);
    }

    /// <summary>
    /// After the rule failed on these inputs: runs the locating variant to find where (the innermost sub-expression whose
    /// evaluation threw). Null when the rerun does not fail the same way, or the failing node has no position.
    /// </summary>
    public SourceLocation? Locate(object?[] inputs, DateOnly asOf)
    {
        var state = new EvaluationState(inputs, asOf, null);
        try
        {
            _locating!.Value(state);
            return null;
        }
        catch (Exception ex) when (RuleRunner.IsRuleError(ex))
        {
            return state.ErrorLocation;
        }
    }
}
