using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// The result of evaluating one snapshot: a <see cref="Decision"/> when the snapshot is valid, otherwise the
/// validation errors and no decision.
/// </summary>
/// <typeparam name="TDecision">The family's decision type.</typeparam>
public sealed class EligibilityResult<TDecision>
    where TDecision : EligibilityDecision
{
    private EligibilityResult(string subjectId, DateOnly asOf, CultureInfo culture, TDecision? decision, IReadOnlyList<ValidationError> errors)
    {
        SubjectId = subjectId;
        AsOf = asOf;
        Culture = culture;
        Decision = decision;
        ValidationErrors = errors;
    }

    /// <summary>The store, product or provider id (empty when the snapshot was null).</summary>
    public string SubjectId { get; }

    /// <summary>The evaluation date (<c>default</c> when the snapshot was null).</summary>
    public DateOnly AsOf { get; }

    /// <summary>The culture messages are in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>True when the snapshot was valid and <see cref="Decision"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Decision))]
    public bool IsSuccess => Decision is not null;

    /// <summary>The decision; null when the snapshot is invalid.</summary>
    public TDecision? Decision { get; }

    /// <summary>Why there is no decision: every validation error, each with its JSON field path; empty when valid.</summary>
    public IReadOnlyList<ValidationError> ValidationErrors { get; }

    internal static EligibilityResult<TDecision> Valid(TDecision decision)
        => new(decision.SubjectId, decision.AsOf, decision.Culture, decision, []);

    internal static EligibilityResult<TDecision> Invalid(string? subjectId, DateOnly asOf, CultureInfo culture, IReadOnlyList<ValidationError> errors)
        => new(subjectId ?? string.Empty, asOf, culture, null, errors);

    /// <summary>The decision as a person reads it, or the validation errors, in <see cref="Culture"/>.</summary>
    public override string ToString() => IsSuccess ? Decision.ToString() : DecisionFormatter.FormatInvalid(SubjectId, ValidationErrors, Culture);
}
