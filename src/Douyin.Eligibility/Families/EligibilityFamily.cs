using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Families;

/// <summary>
/// Everything about one rule family in one place: the workflow it evaluates and its one input, the snapshot type
/// and validator, how rule outcomes become the decision, the outcome names, what the tool shows and where the
/// sample service routes it. The typed API, the tool, the service and the convention tests enumerate
/// <see cref="EligibilityFamilies.All"/>; a host adds a family of its own with <see cref="Admission{TSnapshot}"/> or
/// <see cref="Clearance{TSnapshot}"/> (docs/families.md).
/// </summary>
public abstract class EligibilityFamily
{
    /// <summary>What <see cref="ComparedOutcome"/> says for a decision that is not final.</summary>
    public const string IndeterminateName = "Indeterminate";

    /// <summary>What the rule engine reads on an input type (RuleSetOptions.AddInputType keeps them under trimming, docs/aot.md).</summary>
    internal const DynamicallyAccessedMemberTypes InputTypeMembers =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.Interfaces;

    private WorkflowFacts? _facts;
    private FamilyVersions? _versions;

    private protected EligibilityFamily(string workflowName, string inputName, [DynamicallyAccessedMembers(InputTypeMembers)] Type inputType, Type outcomeType, string route, string description, string? subjectCollection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowName);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputName);
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        WorkflowName = workflowName;
        InputName = inputName;
        InputType = inputType;
        OutcomeType = outcomeType;
        Route = route;
        Description = description ?? string.Empty;
        SubjectCollection = subjectCollection;
        OutcomeNames = Enum.GetNames(outcomeType).Append(IndeterminateName).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The workflow evaluated, e.g. <c>AllianceAdmission</c> (<see cref="EligibilityWorkflows"/>).</summary>
    public string WorkflowName { get; }

    /// <summary>The name of the workflow's one input, as rule files write it (e.g. <c>merchant</c>, <c>product</c>, <c>provider</c>).</summary>
    public string InputName { get; }

    /// <summary>The snapshot type a request or an input line is (a product clearance reads a <see cref="MerchantSnapshot"/>).</summary>
    public abstract Type SnapshotType { get; }

    /// <summary>The type of the workflow's one input (a product clearance: <see cref="ProductSnapshot"/>; otherwise <see cref="SnapshotType"/>).</summary>
    [DynamicallyAccessedMembers(InputTypeMembers)]
    public Type InputType { get; }

    /// <summary>The decision type (e.g. <see cref="AdmissionDecision"/>).</summary>
    public abstract Type DecisionType { get; }

    /// <summary>The enum of the decision's <see cref="EligibilityDecision.OutcomeValue"/> (e.g. <see cref="AdmissionOutcome"/>).</summary>
    public Type OutcomeType { get; }

    /// <summary>The names <see cref="ComparedOutcome"/> can give: the outcome enum's names, and <see cref="IndeterminateName"/>.</summary>
    public IReadOnlyList<string> OutcomeNames { get; }

    /// <summary>The sample service's POST route, e.g. <c>/alliance/admission</c>.</summary>
    public string Route { get; }

    /// <summary>What the family decides, in English (e.g. "Selected Alliance store admission").</summary>
    public string Description { get; }

    /// <summary>
    /// The JSON name of the collection a snapshot expands into when each of its items is a subject (<c>products</c>
    /// for product clearance); null when the snapshot itself is the one subject.
    /// </summary>
    public string? SubjectCollection { get; }

    /// <summary>
    /// Where the family's current rules live in the shipped rules folder, relative to it (e.g.
    /// <c>alliance/admission.json</c>); null for a family a host adds (the convention tests check the shipped ones).
    /// </summary>
    public string? RuleFile { get; init; }

    /// <summary>The prefix every reason code of the family's rules starts with (e.g. <c>ALLIANCE_</c>); null when the family has no such convention.</summary>
    public string? ReasonCodePrefix { get; init; }

    /// <summary>The typed API's load checks of the params and properties this family reads (DE5001), beyond its input (DE5002) and score scale.</summary>
    internal Action<TypedRuleChecks.Report, Workflow>? RuleChecks { get; init; }

    /// <summary>
    /// The outcome as rule test files, the tool's summaries and its diffs compare it: <see cref="IndeterminateName"/>
    /// when <see cref="EligibilityDecision.IsIndeterminate"/>, otherwise <see cref="EligibilityDecision.OutcomeName"/>.
    /// </summary>
    /// <param name="decision">A decision of this family.</param>
    public static string ComparedOutcome(EligibilityDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.IsIndeterminate ? IndeterminateName : decision.OutcomeName;
    }

    /// <summary>
    /// The outcome as the tool's <c>check</c> writes it: <see cref="ComparedOutcome"/>, with more detail where the
    /// family has it (an indeterminate penalty: <c>Delisted (ClearedOut indeterminate)</c>).
    /// </summary>
    /// <param name="decision">A decision of this family.</param>
    public abstract string ShownOutcome(EligibilityDecision decision);

    /// <summary>The label of one of <see cref="OutcomeNames"/> in <paramref name="culture"/>'s language (zh or English).</summary>
    /// <param name="outcomeName">An outcome name, any case.</param>
    /// <param name="culture">The culture; null uses <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="outcomeName"/> is not one of <see cref="OutcomeNames"/>.</exception>
    public string GetOutcomeLabel(string outcomeName, CultureInfo? culture = null)
    {
        var value = Enum.TryParse(OutcomeType, outcomeName, ignoreCase: true, out var parsed) && Enum.IsDefined(OutcomeType, parsed!) ? (Enum)parsed!
            : string.Equals(outcomeName, IndeterminateName, StringComparison.OrdinalIgnoreCase) ? AdmissionOutcome.Indeterminate
            : throw new ArgumentException($"'{outcomeName}' is not an outcome of {WorkflowName}; it has {string.Join(", ", OutcomeNames)}.", nameof(outcomeName));
        return OutcomeLabels.Get(value, culture);
    }

    /// <summary>Calls <paramref name="visitor"/> with this family's typed descriptor.</summary>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    public abstract TResult Accept<TResult>(IEligibilityFamilyVisitor<TResult> visitor);

    /// <inheritdoc />
    public override string ToString() => WorkflowName;

    /// <summary>What the family reads from <paramref name="workflow"/>, kept for the version last evaluated.</summary>
    internal WorkflowFacts Facts(Workflow workflow)
    {
        var facts = Volatile.Read(ref _facts);
        if (facts is null || !ReferenceEquals(facts.Workflow, workflow))
        {
            facts = new WorkflowFacts(workflow, InputType);
            Volatile.Write(ref _facts, facts);
        }

        return facts;
    }

    /// <summary>The family's versions in <paramref name="ruleSet"/>, kept for the set last evaluated (a reload makes them anew).</summary>
    internal FamilyVersions Versions(RuleSet ruleSet)
    {
        var versions = Volatile.Read(ref _versions);
        if (versions is null || !ReferenceEquals(versions.RuleSet, ruleSet))
        {
            versions = new FamilyVersions(ruleSet, WorkflowName, InputType);
            Volatile.Write(ref _versions, versions);
        }

        return versions;
    }

    /// <summary>
    /// A family of your own decided like an admission: every rule must pass; any failure makes it
    /// <see cref="AdmissionOutcome.NotEligible"/>, else anything unjudged <see cref="AdmissionOutcome.Indeterminate"/>.
    /// Its workflow takes one input of type <typeparamref name="TSnapshot"/>; load its rules with
    /// <see cref="EligibilityEvaluator.LoadRuleSet(IEnumerable{RuleSource}, IEnumerable{EligibilityFamily})"/> or
    /// <see cref="EligibilityOptions.Families"/> so the type is registered and checked.
    /// </summary>
    /// <typeparam name="TSnapshot">The snapshot type, which the workflow takes as its one input.</typeparam>
    /// <param name="workflowName">The workflow name.</param>
    /// <param name="inputName">The input's name in the rule file.</param>
    /// <param name="route">The sample service's route.</param>
    /// <param name="validate">Validates a snapshot; one with errors gets no decision (a null snapshot is SV000 without calling it).</param>
    /// <param name="withAsOf">A copy of a snapshot judged on another date (the tool's <c>--as-of</c>).</param>
    /// <param name="description">What the family decides, in English.</param>
    public static EligibilityFamily<TSnapshot, AdmissionDecision> Admission<[DynamicallyAccessedMembers(InputTypeMembers)] TSnapshot>(
        string workflowName, string inputName, string route, Func<TSnapshot, ValidationResult> validate, Func<TSnapshot, DateOnly, TSnapshot> withAsOf, string? description = null)
        where TSnapshot : class, ISnapshot
        => new(workflowName, inputName, typeof(TSnapshot), typeof(AdmissionOutcome), route, description ?? workflowName, OrMissing(validate), withAsOf, static (evaluation, _) => DecisionRules.NewAdmission(evaluation));

    /// <summary>
    /// A family of your own decided like a clearance: a rule passes when the subject may stay; any failure makes it
    /// <see cref="ClearanceOutcome.Clear"/>, else anything unjudged <see cref="ClearanceOutcome.Indeterminate"/>.
    /// Otherwise as <see cref="Admission{TSnapshot}"/>.
    /// </summary>
    /// <typeparam name="TSnapshot">The snapshot type, which the workflow takes as its one input.</typeparam>
    /// <param name="workflowName">The workflow name.</param>
    /// <param name="inputName">The input's name in the rule file.</param>
    /// <param name="route">The sample service's route.</param>
    /// <param name="validate">Validates a snapshot; one with errors gets no decision (a null snapshot is SV000 without calling it).</param>
    /// <param name="withAsOf">A copy of a snapshot judged on another date (the tool's <c>--as-of</c>).</param>
    /// <param name="description">What the family decides, in English.</param>
    public static EligibilityFamily<TSnapshot, ClearanceDecision> Clearance<[DynamicallyAccessedMembers(InputTypeMembers)] TSnapshot>(
        string workflowName, string inputName, string route, Func<TSnapshot, ValidationResult> validate, Func<TSnapshot, DateOnly, TSnapshot> withAsOf, string? description = null)
        where TSnapshot : class, ISnapshot
        => new(workflowName, inputName, typeof(TSnapshot), typeof(ClearanceOutcome), route, description ?? workflowName, OrMissing(validate), withAsOf, static (evaluation, _) => DecisionRules.NewClearance(evaluation));

    /// <summary>A host's validator, with a null snapshot reported as the built-in families report it (SV000).</summary>
    private static Func<TSnapshot?, ValidationResult> OrMissing<TSnapshot>(Func<TSnapshot, ValidationResult> validate)
        where TSnapshot : class, ISnapshot
    {
        ArgumentNullException.ThrowIfNull(validate);
        return snapshot => snapshot is null ? SnapshotValidator.Missing() : validate(snapshot);
    }
}
