using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Input;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>
/// A library family (<see cref="EligibilityFamily"/>) as the tool reads it: input lines of the family's snapshot
/// type become items holding their subjects, and a subject becomes a decision through the typed API.
/// </summary>
internal abstract class ToolFamily(EligibilityFamily descriptor)
{
    /// <summary>The library's descriptor: workflow name, outcome names, what <c>check</c> shows.</summary>
    public EligibilityFamily Descriptor { get; } = descriptor;

    public string WorkflowName => Descriptor.WorkflowName;

    /// <summary>Reads every item of <paramref name="source"/>; validation messages of invalid items are in <paramref name="culture"/>'s language.</summary>
    public abstract IEnumerable<InputItem> Read(InputSource source, DateOnly? asOfOverride, CultureInfo culture);

    /// <summary>
    /// Reads <paramref name="source"/> in batches of at most <paramref name="itemsPerBatch"/> items, made into items (parsed
    /// and validated, as <see cref="Read"/> makes them) by whoever takes a batch: JSON Lines are only cut into lines here.
    /// </summary>
    public abstract IEnumerable<InputBatch> ReadBatches(InputSource source, DateOnly? asOfOverride, CultureInfo culture, int itemsPerBatch);

    /// <summary>Reads one JSON document as an item; validation messages are in <paramref name="culture"/>'s language.</summary>
    public abstract InputItem ParseOne(string json, DateOnly? asOfOverride, CultureInfo culture);

    /// <summary>Evaluates one subject through the typed API: the decision, or the validation errors that prevented it.</summary>
    public abstract (EligibilityDecision? Decision, IReadOnlyList<ValidationError> Errors) Decide(EligibilityEvaluator evaluator, EligibilitySubject subject, EvaluationSettings settings);

    /// <summary>The tool's view of <paramref name="descriptor"/>, typed by its snapshot and decision types.</summary>
    public static ToolFamily For(EligibilityFamily descriptor) => descriptor.Accept(Factory.Instance);

    private sealed class Factory : IEligibilityFamilyVisitor<ToolFamily>
    {
        public static readonly Factory Instance = new();

        public ToolFamily Visit<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family)
            where TSnapshot : class, ISnapshot
            where TDecision : EligibilityDecision
            => new ToolFamily<TSnapshot, TDecision>(family);
    }
}
