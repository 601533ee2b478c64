using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Families;

/// <summary>What a family reads from a workflow version on every evaluation, read once (<see cref="EligibilityFamily.Facts"/>).</summary>
internal sealed class WorkflowFacts
{
    public WorkflowFacts(Workflow workflow, Type inputType)
    {
        Workflow = workflow;
        TakesInput = TypedRuleValues.TakesItsSnapshot(workflow, inputType);
        Scale = TypedRuleValues.Scale(workflow);
        OpeningsMax = DecisionRules.OpeningsMax(workflow);
        ResultsFromOutcomes = workflow.Inputs.Count == 1 && !workflow.CompiledRules.Any(r => r.Settings.CountWork);
    }

    /// <summary>
    /// Whether a rule's result can be made over the built-in engine's outcomes (<see cref="DecisionEvaluation"/>): one
    /// input, and not a test build that counts work (whose results are made eagerly, each by its own run).
    /// </summary>
    public bool ResultsFromOutcomes { get; }

    /// <summary>The workflow version.</summary>
    public Workflow Workflow { get; }

    /// <summary>Whether it takes exactly one input, of the family's input type (SV021 otherwise).</summary>
    public bool TakesInput { get; }

    /// <summary>The experience-score scale it is written for; null when it says none.</summary>
    public ScoreScale? Scale { get; }

    /// <summary><c>MaxAllianceOpenings</c>; null when it has none.</summary>
    public int? OpeningsMax { get; }
}
