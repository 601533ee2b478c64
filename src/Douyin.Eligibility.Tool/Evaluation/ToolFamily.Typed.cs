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

    public override IEnumerable<InputBatch> ReadBatches(InputSource source, DateOnly? asOfOverride, CultureInfo culture, int itemsPerBatch)
    {
        if (source.Format == InputFormat.JsonLines)
        {
            return SnapshotJson.ReadJsonLineBatches(source.Stream, source.ReadOptions, itemsPerBatch)
                .Select(lines => (InputBatch)new LineBatch(this, lines, asOfOverride, culture));
        }

        // Other formats are parsed as they are read; validation is left to the batch's taker.
        return SnapshotStream.Read<TSnapshot>(source).Chunk(itemsPerBatch).Select(results => (InputBatch)new ResultBatch(this, results, asOfOverride, culture));
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
                errors.Select((e, i) =>
                {
                    // Every message but the last is a clause of the list, so no separator follows a full stop.
                    var text = i < errors.Count - 1 ? ToolText.Clause(e.GetMessage(culture)) : e.GetMessage(culture);
                    return e.Field == first.Field
                        ? ToolText.Get(culture, "ValidationError", e.Code, text)
                        : ToolText.Get(culture, "ValidationError_Field", e.Code, e.Field, text);
                }));
            return InputItem.Invalid(result.Line, first.Field, message) with { Codes = errors.Select(e => e.Code).ToArray() };
        }

        return InputItem.Valid(result.Line, subjects.Subjects);
    }

    private sealed class LineBatch(ToolFamily<TSnapshot, TDecision> family, JsonLineBatch lines, DateOnly? asOfOverride, CultureInfo culture) : InputBatch
    {
        public override int Count => lines.Count;

        public override long Bytes => lines.ByteCount;

        public override InputItem Item(int index) => family.ToItem(lines.Parse<TSnapshot>(index), asOfOverride, culture);

        public override void Dispose() => lines.Dispose();
    }

    private sealed class ResultBatch(ToolFamily<TSnapshot, TDecision> family, SnapshotReadResult<TSnapshot>[] results, DateOnly? asOfOverride, CultureInfo culture) : InputBatch
    {
        public override int Count => results.Length;

        // Parsed already; about the size of a typical line each, for the pipeline's budget.
        public override long Bytes => results.Length * 2048L;

        public override InputItem Item(int index) => family.ToItem(results[index], asOfOverride, culture);
    }
}
