using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// Collects <see cref="ValidationError"/>s with their messages from the catalog (keyed by the code). Field paths are built from property names with the
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

    /// <summary>An error whose message is the catalog entry named <paramref name="code"/>, with <paramref name="args"/>.</summary>
    public void Add(string field, string code, params object?[] args)
        => _errors.Add(new ValidationError(field, code, Catalog.Text(code, args)));

    /// <summary>An error whose message is the catalog entry <c>code_variant</c>, with <paramref name="args"/>.</summary>
    private void AddVariant(string field, string code, string variant, params object?[] args)
        => _errors.Add(new ValidationError(field, code, Catalog.Text($"{code}_{variant}", args)));

    public void Id(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, ValidationCodes.IdMissing, field);
        }

        NoControlCharacters(field, value, allowLineBreaks: false);
    }

    public void Code(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, ValidationCodes.CodeMissing, field);
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
                    Add(field, ValidationCodes.ListTooLong, field, I(list.Count), I(limit.MaxLength));
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
                Add(field, ValidationCodes.DuplicateId, field, shown, other, listPath);
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
            Add(field, ValidationCodes.AsOfMissing, field);
        }
    }

    public void Money(string field, long? fen)
    {
        if (fen < 0)
        {
            Add(field, ValidationCodes.NegativeMoney, field, I(fen));
        }
    }

    public void Quantity(string field, decimal? value)
    {
        if (value < 0)
        {
            Add(field, ValidationCodes.NegativeQuantity, field, I(value));
        }
    }

    /// <summary>Points that are required: null is SV016, negative SV004.</summary>
    public void RequiredPoints(string field, int? points)
    {
        if (points is null)
        {
            Add(field, ValidationCodes.PointsMissing, field);
            return;
        }

        Quantity(field, points);
    }

    public void Rate(string field, decimal? rate)
    {
        if (rate is < 0m or > 1m)
        {
            Add(field, ValidationCodes.RateOutOfRange, field, I(rate));
        }
    }

    /// <summary>A score on a fixed, known scale (its field says which).</summary>
    public void Score(string field, decimal? score, decimal max)
    {
        if (score < 0m || score > max)
        {
            Add(field, ValidationCodes.ScoreOutOfRange, field, I(score), I(max));
        }
    }

    /// <summary>A score whose scale is given by a sibling field.</summary>
    public void Score(string field, decimal? score, string scaleField, ScoreScale? scale)
    {
        if (scale is { } s && !Enum.IsDefined(s))
        {
            Add(scaleField, ValidationCodes.UnknownEnumValue, scaleField, (int)s);
            return;
        }

        if (score is null)
        {
            return;
        }

        switch (scale)
        {
            case null:
                Add(scaleField, ValidationCodes.ScoreScaleMissing, field, scaleField);
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
            Add(field, ValidationCodes.EventDateMissing, field);
        }
        else if (asOf != default && date > asOf)
        {
            Add(field, ValidationCodes.EventAfterAsOf, field, Iso(date), Iso(asOf));
        }
    }

    public void NotAfterAsOf(string field, DateOnly? date, DateOnly asOf)
    {
        if (date is { } d && asOf != default && d > asOf)
        {
            Add(field, ValidationCodes.DateAfterAsOf, field, Iso(d), Iso(asOf));
        }
    }

    /// <summary>Reports a null item and returns false, so callers skip it.</summary>
    public bool NotNull<T>(string field, T? item)
        where T : class
    {
        if (item is null)
        {
            Add(field, ValidationCodes.NullItem, field);
            return false;
        }

        return true;
    }

    private void TextLength(string field, string text, int max)
    {
        if (text.Length > max)
        {
            Add(field, ValidationCodes.TextTooLong, field, I(text.Length), I(max));
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
                    AddVariant(field, ValidationCodes.ControlCharacter, "FreeText", field, code, position);
                }
                else
                {
                    AddVariant(field, ValidationCodes.ControlCharacter, "Name", field, code, position);
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
