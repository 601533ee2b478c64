using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Families;

/// <summary>
/// One thing a family decides about: the snapshot itself, or (product clearance) one product of a merchant
/// snapshot, judged on the store's date. Get them from <see cref="EligibilityFamily{TSnapshot, TDecision}.Subjects"/>
/// and evaluate each with <see cref="EligibilityEvaluator.EvaluateSubject{TSnapshot, TDecision}"/>.
/// </summary>
public sealed class EligibilitySubject
{
    internal EligibilitySubject(string id, string? decisionSubjectId, DateOnly asOf, object? input, ValidationResult validation, ScoreScale? experienceScale)
    {
        Id = id;
        DecisionSubjectId = decisionSubjectId;
        AsOf = asOf;
        Input = input;
        Validation = validation;
        ExperienceScale = experienceScale;
    }

    /// <summary>The subject's id as a list of decisions shows it: the snapshot id, or <c>store/product</c> for a product.</summary>
    public string Id { get; }

    /// <summary>The date the subject is judged on (a product: its store's date).</summary>
    public DateOnly AsOf { get; }

    /// <summary>What the workflow receives as its one input (the snapshot, or the <see cref="ProductSnapshot"/>); null for a null snapshot.</summary>
    public object? Input { get; }

    /// <summary>The subject's validation errors: the snapshot's, without those about other products; empty when valid.</summary>
    public ValidationResult Validation { get; }

    /// <summary>The id the decision carries (<see cref="Decisions.EligibilityDecision.SubjectId"/>): the snapshot or product id.</summary>
    internal string? DecisionSubjectId { get; }

    /// <summary>The experience-score scale the snapshot uses, checked against the workflow's (SV014); null when not a merchant's.</summary>
    internal ScoreScale? ExperienceScale { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>A snapshot read for a family: its validation, and the subjects it expands into (none when it is null).</summary>
public sealed class SnapshotSubjects
{
    internal SnapshotSubjects(ValidationResult validation, IReadOnlyList<EligibilitySubject> subjects)
    {
        Validation = validation;
        Subjects = subjects;
    }

    /// <summary>The whole snapshot's validation.</summary>
    public ValidationResult Validation { get; }

    /// <summary>The subjects, in order: one for a family that decides the snapshot, one per product for product clearance.</summary>
    public IReadOnlyList<EligibilitySubject> Subjects { get; }
}
