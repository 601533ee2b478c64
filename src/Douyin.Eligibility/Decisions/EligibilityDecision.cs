using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// What every decision carries: the subject, the date, the exact rules used (workflow name, version, effective date,
/// rule-set hash, so the decision can be replayed) and the reasons, with messages in the decision's culture.
/// </summary>
public abstract class EligibilityDecision
{
    private readonly DecisionEvaluation _evaluation;
    private IReadOnlyList<DecisionReason>? _reasons;

    /// <param name="evaluation">The evaluation decided.</param>
    /// <param name="reasons">The reasons; null for the rules that did not pass, listed on first read.</param>
    private protected EligibilityDecision(DecisionEvaluation evaluation, IReadOnlyList<DecisionReason>? reasons)
    {
        _evaluation = evaluation;
        _reasons = reasons;
    }

    /// <summary>The store, product or provider id.</summary>
    public string SubjectId => _evaluation.SubjectId;

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf => _evaluation.AsOf;

    /// <summary>The workflow evaluated (e.g. <c>AllianceAdmission</c>).</summary>
    public string WorkflowName => _evaluation.Workflow.Name;

    /// <summary>The workflow's <c>Version</c> label; null when the file has none.</summary>
    public string? WorkflowVersion => _evaluation.Workflow.Version;

    /// <summary>The first day the workflow version is in force; null when it has no lower bound.</summary>
    public DateOnly? EffectiveFrom => _evaluation.Workflow.EffectiveFrom;

    /// <summary>The content hash of the whole rule set used (<see cref="RuleSet.ContentHash"/>).</summary>
    public string RuleSetHash => _evaluation.RuleSetHash;

    /// <summary>The culture of the messages.</summary>
    public CultureInfo Culture => _evaluation.Culture;

    /// <summary>Every top-level rule with its outcome, passed ones included, in file order: the full audit trail.</summary>
    /// <remarks>Each check's message and explanation are computed on first read.</remarks>
    public IReadOnlyList<DecisionReason> Checks => _evaluation.Checks;

    /// <summary>The rules that explain the outcome (for admission and clearance: those that did not pass).</summary>
    public IReadOnlyList<DecisionReason> Reasons
        => Volatile.Read(ref _reasons) ?? (Interlocked.CompareExchange(ref _reasons, _evaluation.NotPassed(), null) ?? _reasons!);

    /// <summary>
    /// The assumed thresholds the outcome rests on (docs/rule-conventions.md, "Assumed thresholds"): those of the
    /// <see cref="Reasons"/> (<see cref="DecisionReason.Assumptions"/>) when there are reasons; when there are none (an
    /// eligible, retained or renewed subject) those of every check, since passing them may depend on the assumption.
    /// Empty when the outcome rests on sourced thresholds only.
    /// </summary>
    public IReadOnlyList<string> Assumptions
        => [.. (Reasons.Count > 0 ? Reasons : Checks).SelectMany(r => r.Assumptions).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The snapshot fields the reasons found missing, by their JSON names (e.g. <c>storeScore</c>, the names validation
    /// errors use), each once, in reason order; empty when nothing is missing. <see cref="DecisionReason.MissingFields"/>
    /// names them as the rules read them (<c>merchant.StoreScore</c>).
    /// </summary>
    public IReadOnlyList<string> MissingFields
    {
        get
        {
            var reasons = Reasons;
            List<string>? fields = null;
            for (var i = 0; i < reasons.Count; i++)
            {
                foreach (var path in reasons[i].MissingFields)
                {
                    var name = MissingFieldNames.ToJson(path);
                    if (!(fields ??= []).Contains(name))
                    {
                        fields.Add(name);
                    }
                }
            }

            return fields is null ? [] : fields;
        }
    }

    /// <summary>The evaluation behind the decision.</summary>
    internal DecisionEvaluation Evaluation => _evaluation;

    /// <summary>
    /// The outcome as its family's enum value (an <see cref="AdmissionOutcome"/>, <see cref="ClearanceOutcome"/>,
    /// <see cref="RenewalOutcome"/> or <see cref="PenaltyLevel"/>), for every decision without a type switch.
    /// </summary>
    public abstract Enum OutcomeValue { get; }

    /// <summary>The outcome's name, e.g. <c>NotEligible</c>, <c>Clear</c>, <c>Renewed</c> or <c>Delisted</c> (one of its family's <see cref="Families.EligibilityFamily.OutcomeNames"/>).</summary>
    public string OutcomeName => OutcomeValue.ToString();

    /// <summary>
    /// True when the decision is not final because data is missing or a rule failed to run: the outcome is
    /// <c>Indeterminate</c>, or (penalty ladder) a more severe level than the one reached could not be judged.
    /// </summary>
    public abstract bool IsIndeterminate { get; }

    /// <summary>The outcome as a person reads it, e.g. "not eligible" (English) or its Chinese label for a zh culture.</summary>
    /// <param name="culture">The label's culture; null uses <see cref="Culture"/>, the decision's own.</param>
    public string GetOutcomeLabel(CultureInfo? culture = null) => OutcomeLabels.Get(OutcomeValue, culture ?? Culture);

    /// <summary>The decision as a person reads it: outcome, then each reason with message, observed value, threshold and gap.</summary>
    public override string ToString() => DecisionFormatter.Format(this);
}
