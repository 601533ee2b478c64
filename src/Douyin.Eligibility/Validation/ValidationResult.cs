using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Validation;

/// <summary>The outcome of <see cref="SnapshotValidator"/>: valid, or every problem found (not just the first).</summary>
public sealed record ValidationResult
{
    /// <summary>A result with no errors.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Creates a result holding <paramref name="errors"/> (copied).</summary>
    /// <param name="errors">The problems found, in the order found.</param>
    public ValidationResult(IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = ValueList<ValidationError>.From(errors);
    }

    /// <summary>True when there are no errors.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>The problems found, in field order; empty when valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? "valid" : string.Join(Environment.NewLine, Errors);
}
