using System.Diagnostics.CodeAnalysis;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Families;

/// <summary>
/// A family's typed descriptor: snapshots of type <typeparamref name="TSnapshot"/> become decisions of type
/// <typeparamref name="TDecision"/>. Evaluate with <see cref="EligibilityEvaluator.Evaluate{TSnapshot, TDecision}"/>.
/// </summary>
/// <typeparam name="TSnapshot">The snapshot (document) type.</typeparam>
/// <typeparam name="TDecision">The decision type.</typeparam>
public sealed class EligibilityFamily<TSnapshot, TDecision> : EligibilityFamily
    where TSnapshot : class, ISnapshot
    where TDecision : EligibilityDecision
{
    private readonly Func<TSnapshot?, ValidationResult> _validate;
    private readonly Func<TSnapshot, DateOnly, TSnapshot> _withAsOf;
    private readonly Func<TSnapshot?, ValidationResult, IReadOnlyList<EligibilitySubject>>? _subjects;
    private readonly Func<TSnapshot, ScoreScale?>? _experienceScale;
    private readonly Func<TDecision, string>? _shownOutcome;

    internal EligibilityFamily(
        string workflowName,
        string inputName,
        [DynamicallyAccessedMembers(InputTypeMembers)] Type inputType,
        Type outcomeType,
        string route,
        string description,
        Func<TSnapshot?, ValidationResult> validate,
        Func<TSnapshot, DateOnly, TSnapshot> withAsOf,
        Func<DecisionEvaluation, WorkflowFacts, TDecision> decide,
        string? subjectCollection = null,
        Func<TSnapshot?, ValidationResult, IReadOnlyList<EligibilitySubject>>? subjects = null,
        Func<TSnapshot, ScoreScale?>? experienceScale = null,
        Func<TDecision, string>? shownOutcome = null)
        : base(workflowName, inputName, inputType, outcomeType, route, description, subjectCollection)
    {
        ArgumentNullException.ThrowIfNull(validate);
        ArgumentNullException.ThrowIfNull(withAsOf);
        _validate = validate;
        _withAsOf = withAsOf;
        _subjects = subjects;
        _experienceScale = experienceScale;
        Decide = decide;
        _shownOutcome = shownOutcome;
    }

    /// <inheritdoc />
    public override Type SnapshotType => typeof(TSnapshot);

    /// <inheritdoc />
    public override Type DecisionType => typeof(TDecision);

    /// <summary>How the evaluated rules (and the subject's input) become the decision.</summary>
    internal Func<DecisionEvaluation, WorkflowFacts, TDecision> Decide { get; }

    /// <summary>How the family reads a snapshot's experience-score scale (SV014); null when it has none.</summary>
    internal Func<TSnapshot, ScoreScale?>? ExperienceScale => _experienceScale;

    /// <summary>Every validation error of <paramref name="snapshot"/> (null gives SV000); a snapshot with one gets no decision.</summary>
    /// <param name="snapshot">The snapshot.</param>
    public ValidationResult Validate(TSnapshot? snapshot) => _validate(snapshot);

    /// <summary>A copy of <paramref name="snapshot"/> judged on <paramref name="asOf"/> instead of its own date.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The new evaluation date.</param>
    public TSnapshot WithAsOf(TSnapshot snapshot, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return _withAsOf(snapshot, asOf);
    }

    /// <summary>
    /// Validates <paramref name="snapshot"/> once and expands it into its subjects: the snapshot itself, or one per
    /// item of <see cref="EligibilityFamily.SubjectCollection"/>, each with the validation errors that concern it.
    /// A null snapshot is one invalid subject.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    public SnapshotSubjects Subjects(TSnapshot? snapshot)
    {
        var validation = _validate(snapshot);
        var subjects = _subjects is { } expand && snapshot is not null
            ? expand(snapshot, validation)
            : [new EligibilitySubject(snapshot?.Id ?? string.Empty, snapshot?.Id, snapshot?.AsOf ?? default, snapshot, validation, snapshot is null ? null : _experienceScale?.Invoke(snapshot))];
        return new SnapshotSubjects(validation, subjects);
    }

    /// <inheritdoc />
    public override string ShownOutcome(EligibilityDecision decision)
        => _shownOutcome is { } shown && decision is TDecision typed ? shown(typed) : ComparedOutcome(decision);

    /// <inheritdoc />
    public override TResult Accept<TResult>(IEligibilityFamilyVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }
}
