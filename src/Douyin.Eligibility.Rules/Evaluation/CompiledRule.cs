using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// A rule ready to run: the verdict delegate (no tracing), the explaining delegate, the locating delegate (to place an
/// error), its children and its message templates. Nothing is compiled when the rule is loaded: each delegate on its
/// first use. Workflows run their rules through a fused verdict (<see cref="VerdictCompiler"/>); the rule's own verdict
/// serves the nested results and errors read afterwards, and test builds that count work.
/// </summary>
internal sealed class CompiledRule
{
    private readonly BoundExpression? _condition;
    private readonly Lazy<Func<EvaluationState, bool?>>? _verdict;
    private readonly Lazy<(Func<EvaluationState, bool?> Run, IReadOnlyList<TraceSite> Sites)>? _explaining;
    private readonly Lazy<Func<EvaluationState, bool?>>? _locating;

    public CompiledRule(RuleInfo info, BoundExpression? condition, IReadOnlyList<CompiledRule> children, IReadOnlyDictionary<string, MessageTemplate> messages, CompileSettings settings)
    {
        Info = info;
        _condition = condition;
        Children = children;
        Messages = messages;
        Settings = settings;
        if (condition is not null)
        {
            _verdict = new(() => ExpressionCompiler.CompileCondition(condition, tracing: false, [], settings));
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

    /// <summary>The bound condition of a leaf rule; null for a rule with nested rules.</summary>
    public BoundExpression? Condition => _condition;

    /// <summary>The verdict delegate of a leaf (compiled on first read); null for a rule with nested rules.</summary>
    public Func<EvaluationState, bool?>? Verdict => _verdict?.Value;

    public CompileSettings Settings { get; }

    /// <summary>Fused chunks that start with this rule, by their rules and input types (shared by the workflows that hold them).</summary>
    private readonly List<(CompiledRule[] Members, Type[] InputTypes, VerdictChunk Chunk)> _chunks = [];

    /// <summary>The fused chunk of <paramref name="members"/> (this rule first), made by <paramref name="create"/> unless a workflow already has it.</summary>
    public VerdictChunk FusedChunk(CompiledRule[] members, IReadOnlyList<Type> inputTypes, Func<VerdictChunk> create)
    {
        lock (_chunks)
        {
            foreach (var chunk in _chunks)
            {
                if (chunk.Members.SequenceEqual(members) && chunk.InputTypes.SequenceEqual(inputTypes))
                {
                    return chunk.Chunk;
                }
            }

            var created = create();
            _chunks.Add((members, inputTypes.ToArray(), created));
            return created;
        }
    }

    /// <summary>The rule as the fused verdict compiles it.</summary>
    public VerdictRule ToVerdictRule()
        => new(_condition, Info.Operator == RuleOperator.And, Children.Select(c => c.ToVerdictRule()).ToArray());

    /// <summary>The outcome of this rule alone (a leaf's own verdict, or its children combined), as the fused verdict gives it.</summary>
    public RuleOutcome Outcome(EvaluationState state)
    {
        if (!IsLeaf)
        {
            var outcomes = new RuleOutcome[Children.Count];
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] = Children[i].Outcome(state);
            }

            return OutcomeLogic.Combine(Info.Operator!.Value, outcomes);
        }

        try
        {
            return OutcomeLogic.FromValue(Verdict!(state));
        }
        catch (Exception ex) when (RuleRunner.IsRuleError(ex))
        {
            return RuleOutcome.Error;
        }
    }

    /// <summary>Reruns a leaf that gave <see cref="RuleOutcome.Error"/>, for the exception; null if it does not fail again.</summary>
    public Exception? Rerun(EvaluationState state)
    {
        try
        {
            Verdict!(state);
            return null;
        }
        catch (Exception ex) when (RuleRunner.IsRuleError(ex))
        {
            return ex;
        }
    }

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
