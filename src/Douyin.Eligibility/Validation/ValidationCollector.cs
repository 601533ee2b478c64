using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// Collects <see cref="ValidationError"/>s with bilingual messages. Field paths are built from property names with the
/// same camelCase policy the JSON uses, so a path always names the JSON field a person has to fix.
/// </summary>
internal sealed class ValidationCollector
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> JsonNames = new(StringComparer.Ordinal);
    private readonly List<ValidationError> _errors = [];

    public ValidationResult ToResult() => _errors.Count == 0 ? ValidationResult.Valid : new ValidationResult(_errors);

    /// <summary>JSON path of a property: <c>Field("products[2]", "QualityReturnRate")</c> → <c>products[2].qualityReturnRate</c>.</summary>
    public static string Field(string parent, string propertyName)
    {
        // Cached: validation runs on every evaluation, and most snapshots are valid.
        var name = JsonNames.GetOrAdd(propertyName, static p => JsonNamingPolicy.CamelCase.ConvertName(p));
        return parent.Length == 0 ? name : $"{parent}.{name}";
    }

    public static string Item(string listPath, int index) => $"{listPath}[{index.ToString(CultureInfo.InvariantCulture)}]";

    public void Add(string field, string code, string message, string messageZh)
        => _errors.Add(new ValidationError(field, code, message, messageZh));

    public void Id(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, ValidationCodes.IdMissing, $"{field} is missing or blank.", $"{field} 缺失或为空。");
        }

        NoControlCharacters(field, value, allowLineBreaks: false);
    }

    public void Code(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, ValidationCodes.CodeMissing, $"{field} is missing or blank.", $"{field} 缺失或为空。");
        }

        NoControlCharacters(field, value, allowLineBreaks: false);
    }

    /// <summary>A name or an optional code: no control characters.</summary>
    public void Name(string field, string? value) => NoControlCharacters(field, value, allowLineBreaks: false);

    /// <summary>Free text: no control characters but tab, CR and LF.</summary>
    public void FreeText(string field, string? value) => NoControlCharacters(field, value, allowLineBreaks: true);

    /// <summary>
    /// Every string and collection member of <paramref name="item"/> within its declared maximum
    /// (<see cref="SnapshotLimits"/>): SV017 for a longer string, SV018 for a longer list.
    /// </summary>
    public void Limits(string path, object item)
    {
        foreach (var limit in SnapshotLimits.Of(item.GetType()))
        {
            var field = Field(path, limit.PropertyName);
            switch (limit.Get(item))
            {
                case string text:
                    TextLength(field, text, limit.MaxLength);
                    break;
                case IReadOnlyCollection<object> list when list.Count > limit.MaxLength:
                    Add(field, ValidationCodes.ListTooLong, $"{field} has {I(list.Count)} items; at most {I(limit.MaxLength)} are allowed.", $"{field} 有 {I(list.Count)} 项：最多允许 {I(limit.MaxLength)} 项。");
                    break;
                case IReadOnlyCollection<object> list when limit.MaxItemLength is { } itemMax:
                    var index = 0;
                    foreach (var entry in list)
                    {
                        if (entry is string text)
                        {
                            TextLength(Item(field, index), text, itemMax);
                        }

                        index++;
                    }

                    break;
            }
        }
    }

    /// <summary>Reports the first id that repeats an earlier one, for each repeat: SV020 at the later item's id field.</summary>
    public void UniqueIds<T>(string listPath, IReadOnlyList<T?> items, Func<T, string?> id, string idProperty)
        where T : class
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item || id(item) is not { } value || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (first.TryGetValue(value, out var earlier))
            {
                var field = Field(Item(listPath, i), idProperty);
                var other = Field(Item(listPath, earlier), idProperty);
                var shown = Shown(value);
                Add(field, ValidationCodes.DuplicateId, $"{field} is '{shown}', the same as {other}; ids must be unique in {listPath}.", $"{field} 为 '{shown}'，与 {other} 相同：{listPath} 中的ID不能重复。");
            }
            else
            {
                first[value] = i;
            }
        }
    }

    public void AsOf(string field, DateOnly value)
    {
        if (value == default)
        {
            Add(field, ValidationCodes.AsOfMissing, $"{field} is missing; every snapshot needs its evaluation date.", $"{field} 缺失：快照必须给出评估日期。");
        }
    }

    public void Money(string field, long? fen)
    {
        if (fen < 0)
        {
            Add(field, ValidationCodes.NegativeMoney, $"{field} is {I(fen)} fen; money cannot be negative.", $"{field} 为 {I(fen)} 分：金额不能为负数。");
        }
    }

    public void Quantity(string field, decimal? value)
    {
        if (value < 0)
        {
            Add(field, ValidationCodes.NegativeQuantity, $"{field} is {I(value)}; it cannot be negative.", $"{field} 为 {I(value)}：不能为负数。");
        }
    }

    /// <summary>Points that are required: null is SV016, negative SV004.</summary>
    public void RequiredPoints(string field, int? points)
    {
        if (points is null)
        {
            Add(field, ValidationCodes.PointsMissing, $"{field} is missing; a violation's points are required (unknown points are never counted as 0).", $"{field} 缺失：违规记录必须给出扣分（未知的扣分不会按 0 计算）。");
            return;
        }

        Quantity(field, points);
    }

    public void Rate(string field, decimal? rate)
    {
        if (rate is < 0m or > 1m)
        {
            Add(field, ValidationCodes.RateOutOfRange, $"{field} is {I(rate)}; a rate must be in [0, 1] (75% = 0.75).", $"{field} 为 {I(rate)}：比率必须在 [0, 1] 之间（75% 记为 0.75）。");
        }
    }

    /// <summary>A score on a fixed, known scale (its field says which).</summary>
    public void Score(string field, decimal? score, decimal max)
    {
        if (score < 0m || score > max)
        {
            Add(field, ValidationCodes.ScoreOutOfRange, $"{field} is {I(score)}; it must be in [0, {I(max)}].", $"{field} 为 {I(score)}：必须在 [0, {I(max)}] 之间。");
        }
    }

    /// <summary>A score whose scale is given by a sibling field.</summary>
    public void Score(string field, decimal? score, string scaleField, ScoreScale? scale)
    {
        if (scale is { } s && !Enum.IsDefined(s))
        {
            Add(scaleField, ValidationCodes.UnknownEnumValue, $"{scaleField} is {(int)s}; expected \"FivePoint\" or \"HundredPoint\".", $"{scaleField} 为 {(int)s}：应为 \"FivePoint\" 或 \"HundredPoint\"。");
            return;
        }

        if (score is null)
        {
            return;
        }

        switch (scale)
        {
            case null:
                Add(scaleField, ValidationCodes.ScoreScaleMissing, $"{field} is given without {scaleField}; say whether it is FivePoint or HundredPoint.", $"{field} 未注明 {scaleField}：请说明是五分制 (FivePoint) 还是百分制 (HundredPoint)。");
                break;
            case ScoreScale.FivePoint:
                Score(field, score, 5m);
                break;
            case ScoreScale.HundredPoint:
                Score(field, score, 100m);
                break;
        }
    }

    public void EventDate(string field, DateOnly date, DateOnly asOf)
    {
        if (date == default)
        {
            Add(field, ValidationCodes.EventDateMissing, $"{field} is missing.", $"{field} 缺失。");
        }
        else if (asOf != default && date > asOf)
        {
            Add(field, ValidationCodes.EventAfterAsOf, $"{field} is {Iso(date)}, after asOf {Iso(asOf)}; a snapshot cannot record a future penalty.", $"{field} 为 {Iso(date)}，晚于评估日期 {Iso(asOf)}：快照不能包含未来的处罚。");
        }
    }

    public void NotAfterAsOf(string field, DateOnly? date, DateOnly asOf)
    {
        if (date is { } d && asOf != default && d > asOf)
        {
            Add(field, ValidationCodes.DateAfterAsOf, $"{field} is {Iso(d)}, after asOf {Iso(asOf)}.", $"{field} 为 {Iso(d)}，晚于评估日期 {Iso(asOf)}。");
        }
    }

    /// <summary>Reports a null item and returns false, so callers skip it.</summary>
    public bool NotNull<T>(string field, T? item)
        where T : class
    {
        if (item is null)
        {
            Add(field, ValidationCodes.NullItem, $"{field} is null; lists must not contain null items.", $"{field} 为 null：列表不能包含空项。");
            return false;
        }

        return true;
    }

    private void TextLength(string field, string text, int max)
    {
        if (text.Length > max)
        {
            Add(field, ValidationCodes.TextTooLong, $"{field} is {I(text.Length)} characters long; at most {I(max)} are allowed.", $"{field} 长 {I(text.Length)} 个字符：最多允许 {I(max)} 个。");
        }
    }

    private void NoControlCharacters(string field, string? value, bool allowLineBreaks)
    {
        if (value is null)
        {
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsControl(ch) && !(allowLineBreaks && ch is '\t' or '\r' or '\n'))
            {
                var code = $"U+{(int)ch:X4}";
                var position = I(i + 1);
                if (allowLineBreaks)
                {
                    Add(field, ValidationCodes.ControlCharacter, $"{field} contains the control character {code} at position {position}; free text may contain only tab, CR and LF.", $"{field} 在第 {position} 个字符处含有控制字符 {code}：自由文本只能包含制表符、回车和换行。");
                }
                else
                {
                    Add(field, ValidationCodes.ControlCharacter, $"{field} contains the control character {code} at position {position}; ids, codes and names cannot contain control characters.", $"{field} 在第 {position} 个字符处含有控制字符 {code}：ID、代码和名称不能包含控制字符。");
                }

                return;
            }
        }
    }

    /// <summary>An id as a message can show it: at most 128 characters, control characters escaped.</summary>
    private static string Shown(string value)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var ch in value.Length > 128 ? value[..128] : value)
        {
            builder.Append(char.IsControl(ch) ? $"\\u{(int)ch:x4}" : ch.ToString());
        }

        return value.Length > 128 ? builder.Append('…').ToString() : builder.ToString();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string I(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
