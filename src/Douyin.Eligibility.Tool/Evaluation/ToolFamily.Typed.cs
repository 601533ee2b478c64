using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Input;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>A family whose input lines are snapshots of type <typeparamref name="TSnapshot"/>.</summary>
internal sealed class ToolFamily<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family) : ToolFamily(family)
    where TSnapshot : class, ISnapshot
    where TDecision : EligibilityDecision
{
    public override IEnumerable<InputItem> Read(InputSource source, DateOnly? asOfOverride, CultureInfo culture)
    {
        foreach (var result in SnapshotStream.Read<TSnapshot>(source))
        {
            yield return ToItem(result, asOfOverride, culture);
        }
    }

    public override InputItem ParseOne(string json, DateOnly? asOfOverride, CultureInfo culture) => ToItem(SnapshotJson.Read<TSnapshot>(json), asOfOverride, culture);

    public override (EligibilityDecision? Decision, IReadOnlyList<ValidationError> Errors) Decide(EligibilityEvaluator evaluator, EligibilitySubject subject, EvaluationSettings settings)
    {
        var result = evaluator.EvaluateSubject(family, subject, settings);
        return (result.Decision, result.ValidationErrors);
    }

    private InputItem ToItem(SnapshotReadResult<TSnapshot> result, DateOnly? asOfOverride, CultureInfo culture)
    {
        if (!result.IsSuccess)
        {
            return InputItem.Invalid(result.Error.Line, result.Error.Field, result.Error.GetMessage(culture));
        }

        var snapshot = asOfOverride is { } asOf ? family.WithAsOf(result.Value, asOf) : result.Value;
        var subjects = family.Subjects(snapshot);
        if (!subjects.Validation.IsSuccess)
        {
            var errors = subjects.Validation.Errors;
            var first = errors[0];
            var message = string.Join(
                ToolText.Get(culture, "ValidationErrorSeparator"),
                errors.Select(e => e.Field == first.Field
                    ? ToolText.Get(culture, "ValidationError", e.Code, e.GetMessage(culture))
                    : ToolText.Get(culture, "ValidationError_Field", e.Code, e.Field, e.GetMessage(culture))));
            return InputItem.Invalid(result.Line, first.Field, message);
        }

        return InputItem.Valid(result.Line, subjects.Subjects);
    }
}
