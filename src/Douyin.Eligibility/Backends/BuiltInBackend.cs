using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility;

/// <summary>The built-in engine's fused, allocation-free verdict.</summary>
internal sealed class BuiltInBackend : EvaluationBackend
{
    public override string Name => "built-in";

    public override bool CanExplain => true;

    public override void Evaluate(RuleSet ruleSet, Workflow workflow, DateOnly asOf, object? input, Span<RuleOutcome> outcomes)
        => workflow.Evaluate(asOf, input, outcomes);
}
