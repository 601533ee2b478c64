using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Input;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tool.Families;

/// <summary>A family whose input lines are snapshots of type <typeparamref name="T"/>.</summary>
internal sealed class Family<T>(
    string workflowName,
    Func<T, ValidationResult> validate,
    Func<T, DateOnly, T> withAsOf,
    Func<T, IEnumerable<SnapshotSubject>> subjects,
    Func<EligibilityEvaluator, SnapshotSubject, EvaluationSettings, TypedDecision> decide) : IFamily
    where T : class, ISnapshot
{
    public string WorkflowName { get; } = workflowName;

    public Type SnapshotType => typeof(T);

    public IEnumerable<InputItem> Read(InputSource source, DateOnly? asOfOverride, CultureInfo culture)
    {
        foreach (var result in SnapshotStream.Read<T>(source))
        {
            yield return ToItem(result, asOfOverride, culture);
        }
    }

    public InputItem ParseOne(string json, DateOnly? asOfOverride, CultureInfo culture) => ToItem(SnapshotJson.Read<T>(json), asOfOverride, culture);

    public IEnumerable<SnapshotSubject> Subjects(object snapshot) => subjects((T)snapshot);

    public TypedDecision Decide(EligibilityEvaluator evaluator, SnapshotSubject subject, EvaluationSettings settings) => decide(evaluator, subject, settings);

    private InputItem ToItem(SnapshotReadResult<T> result, DateOnly? asOfOverride, CultureInfo culture)
    {
        if (!result.IsSuccess)
        {
            // The readers' own messages (a line over the limit) have a Chinese text; System.Text.Json's are English only.
            var error = result.Error.GetMessage(culture);
            return InputItem.Invalid(result.Error.Line, result.Error.Field, error);
        }

        var snapshot = asOfOverride is { } asOf ? withAsOf(result.Value, asOf) : result.Value;
        var validation = validate(snapshot);
        if (!validation.IsValid)
        {
            var first = validation.Errors[0];
            var zh = culture.IsChinese();
            var message = string.Join(zh ? "；" : "; ", validation.Errors.Select(e => (e.Field == first.Field, zh) switch
            {
                (true, true) => $"{e.Code} {e.GetMessage(culture)}",
                (true, false) => $"{e.Code} {e.GetMessage(culture)}",
                (false, true) => $"{e.Code} {e.Field}：{e.GetMessage(culture)}",
                (false, false) => $"{e.Code} {e.Field}: {e.GetMessage(culture)}",
            }));
            return InputItem.Invalid(result.Line, first.Field, message);
        }

        return InputItem.Valid(result.Line, snapshot);
    }
}
