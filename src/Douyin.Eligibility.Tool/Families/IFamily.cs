using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>A workflow family: what snapshot type its input lines are, and how a line becomes the inputs of a workflow.</summary>
internal interface IFamily
{
    string WorkflowName { get; }

    Type SnapshotType { get; }

    IEnumerable<InputItem> Read(InputSource source, DateOnly? asOfOverride);

    InputItem ParseOne(string json, DateOnly? asOfOverride);

    IEnumerable<SnapshotSubject> Subjects(object snapshot);

    /// <summary>Evaluates one subject through the typed API (<see cref="EligibilityEvaluator"/>).</summary>
    TypedDecision Decide(EligibilityEvaluator evaluator, SnapshotSubject subject, EvaluationSettings settings);
}
