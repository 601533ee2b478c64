using System.Globalization;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>A workflow family: what snapshot type its input lines are, and how a line becomes the inputs of a workflow.</summary>
internal interface IFamily
{
    string WorkflowName { get; }

    Type SnapshotType { get; }

    /// <summary>Reads every item of <paramref name="source"/>; validation messages of invalid items are in <paramref name="culture"/>'s language.</summary>
    IEnumerable<InputItem> Read(InputSource source, DateOnly? asOfOverride, CultureInfo culture);

    /// <summary>Reads one JSON document as an item; validation messages are in <paramref name="culture"/>'s language.</summary>
    InputItem ParseOne(string json, DateOnly? asOfOverride, CultureInfo culture);

    IEnumerable<SnapshotSubject> Subjects(object snapshot);

    /// <summary>Evaluates one subject through the typed API (<see cref="EligibilityEvaluator"/>).</summary>
    TypedDecision Decide(EligibilityEvaluator evaluator, SnapshotSubject subject, EvaluationSettings settings);
}
