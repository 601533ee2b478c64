namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>What a leaf's explaining variant recorded on one evaluation: its trace and the missing values it read.</summary>
internal sealed class ExplainedRun(IReadOnlyList<TraceEntry> entries, IReadOnlyList<string> missing)
{
    private static readonly ExplainedRun Empty = new([], []);

    public IReadOnlyList<TraceEntry> Entries { get; } = entries;

    public IReadOnlyList<string> Missing { get; } = missing;

    /// <summary>Runs the explaining variant; a rule that errors records nothing (its failure is described elsewhere).</summary>
    public static ExplainedRun Of(CompiledRule rule, Compilation.EvaluationState state)
    {
        try
        {
            var (_, recorder, _) = rule.Explain(state.Inputs, state.AsOf);
            return new(recorder.Entries, recorder.Missing);
        }
        catch (Exception ex) when (RuleRunner.IsRuleError(ex))
        {
            return Empty;
        }
    }
}
