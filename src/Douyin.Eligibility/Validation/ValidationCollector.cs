using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Validation;

/// <summary>
/// Collects <see cref="ValidationError"/>s with their messages from the catalog (keyed by the code). Field paths are built from property names with the
/// same camelCase policy the JSON uses, so a path always names the JSON field a person has to fix. Paths are
/// <see cref="FieldPath"/>s, written out only for an error: checking a valid snapshot allocates nothing (the validator
/// reuses one collector per thread, <see cref="Rent"/>).
/// </summary>
internal sealed class ValidationCollector
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> JsonNames = new(StringComparer.Ordinal);


    [ThreadStatic]
    private static ValidationCollector? _spare;

    private List<ValidationError>? _errors;

    /// <summary>This thread's collector, empty; give it back with <see cref="Return"/>.</summary>
    public static ValidationCollector Rent()
    {
        var c = _spare ?? new ValidationCollector();
        _spare = null;
        return c;
    }

    /// <summary>The result, and the collector emptied and kept for this thread's next validation.</summary>
    public ValidationResult Return()
    {
        var result = ToResult();
        _errors?.Clear();
        _spare = this;
        return result;
    }

    public ValidationResult ToResult() => _errors is not { Count: > 0 } errors ? ValidationResult.Valid : new ValidationResult(errors);

    /// <summary>JSON path of a property: <c>Field("products[2]", "QualityReturnRate")</c> → <c>products[2].qualityReturnRate</c>.</summary>
    public static string Field(string parent, string propertyName)
    {
        var name = JsonName(propertyName);
        return parent.Length == 0 ? name : $"{parent}.{name}";
    }

    public static string Item(string listPath, int index) => $"{listPath}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The JSON name of a C# property (camelCase), cached.</summary>
    public static string JsonName(string propertyName) => JsonNames.GetOrAdd(propertyName, static p => JsonNamingPolicy.CamelCase.ConvertName(p));

    /// <summary>An error whose message is the catalog entry named <paramref name="code"/>, with <paramref name="args"/>.</summary>
    public void Add(string field, string code, params object?[] args)
        => (_errors ??= []).Add(new ValidationError(field, code, Catalog.Text(code, args)));

    /// <summary>An error whose message is the catalog entry <c>code_variant</c>, with <paramref name="args"/>.</summary>
    private void AddVariant(string field, string code, string variant, params object?[] args)
        => (_errors ??= []).Add(new ValidationError(field, code, Catalog.Text($"{code}_{variant}", args)));

    public void Id(in FieldPath parent, string? property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(parent, property, ValidationCodes.IdMissing);
        }

        NoControlCharacters(parent, property, value, allowLineBreaks: false);
    }

    public void Code(in FieldPath parent, string? property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(parent, property, ValidationCodes.CodeMissing);
        }

        NoControlCharacters(parent, property, value, allowLineBreaks: false);
    }

    /// <summary>A name or an optional code: no control characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Name(in FieldPath parent, string? property, string? value) => NoControlCharacters(parent, property, value, allowLineBreaks: false);

    /// <summary>Free text: no control characters but tab, CR and LF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FreeText(in FieldPath parent, string? property, string? value) => NoControlCharacters(parent, property, value, allowLineBreaks: true);

    /// <summary>
    /// Every string and collection member of <paramref name="item"/> within its declared maximum
    /// (<see cref="SnapshotLimits"/>): SV017 for a longer string, SV018 for a longer list.
    /// </summary>
    public void Limits<[DynamicallyAccessedMembers(SnapshotLimits.Read)] T>(in FieldPath path, T item)
        where T : class
    {
        if (!SnapshotLimits.AnyExceeded(item))
        {
            return;
        }

        foreach (var limit in SnapshotLimits.Of<T>())
        {
            if (limit.Text is { } text)
            {
                if (text(item) is { } value && value.Length > limit.MaxLength)
                {
                    TextTooLong(path.Field(limit.PropertyName), value, limit.MaxLength);
                }
            }
            else if (limit.List is { } getList && getList(item) is { } list)
            {
                if (list.Count > limit.MaxLength)
                {
                    var f = path.Field(limit.PropertyName).ToString();
                    Add(f, ValidationCodes.ListTooLong, f, I(list.Count), I(limit.MaxLength));
                }
                else if (limit.MaxItemLength is { } itemMax && list.Count > 0)
                {
                    ItemLengths(path.Field(limit.PropertyName), list, itemMax);
                }
            }
        }
    }

    /// <summary>Reports the first id that repeats an earlier one, for each repeat: SV020 at the later item's id field.</summary>
    public void UniqueIds<T>(in FieldPath listPath, IReadOnlyList<T?> items, Func<T, string?> id, string idProperty)
        where T : class
    {
        // A few items are compared pairwise (no dictionary for the usual store); the result is the same.
        const int PairwiseUpTo = 16;
        if (items.Count < 2)
        {
            return;
        }

        if (items.Count <= PairwiseUpTo)
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (IdOf(items[i], id) is not { } value)
                {
                    continue;
                }

                for (var earlier = 0; earlier < i; earlier++)
                {
                    if (string.Equals(IdOf(items[earlier], id), value, StringComparison.Ordinal))
                    {
                        DuplicateId(listPath, i, earlier, value, idProperty);
                        break;
                    }
                }
            }

            return;
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (IdOf(items[i], id) is not { } value)
            {
                continue;
            }

            if (first.TryGetValue(value, out var earlier))
            {
                DuplicateId(listPath, i, earlier, value, idProperty);
            }
            else
            {
                first[value] = i;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AsOf(in FieldPath parent, string? property, DateOnly value)
    {
        if (value == default)
        {
            Report(parent, property, ValidationCodes.AsOfMissing);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Money(in FieldPath parent, string? property, long? fen)
    {
        if (fen < 0)
        {
            Report(parent, property, ValidationCodes.NegativeMoney, I(fen));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Quantity(in FieldPath parent, string? property, int? value)
    {
        if (value < 0)
        {
            Report(parent, property, ValidationCodes.NegativeQuantity, I((decimal?)value));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Quantity(in FieldPath parent, string? property, decimal? value)
    {
        if (value < 0)
        {
            Report(parent, property, ValidationCodes.NegativeQuantity, I(value));
        }
    }

    /// <summary>Points that are required: null is SV016, negative SV004.</summary>
    public void RequiredPoints(in FieldPath parent, string? property, int? points)
    {
        if (points is null)
        {
            Report(parent, property, ValidationCodes.PointsMissing);
            return;
        }

        Quantity(parent, property, points);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Rate(in FieldPath parent, string? property, decimal? rate)
    {
        if (rate is { } r && (r < 0m || r > 1m))
        {
            Report(parent, property, ValidationCodes.RateOutOfRange, I(rate));
        }
    }

    /// <summary>A score on a fixed, known scale (its field says which).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Score(in FieldPath parent, string? property, decimal? score, decimal max)
    {
        if (score is { } s && (s < 0m || s > max))
        {
            Report(parent, property, ValidationCodes.ScoreOutOfRange, I(score), I(max));
        }
    }

    /// <summary>A score whose scale is given by a sibling field.</summary>
    public void Score(in FieldPath parent, string property, decimal? score, string scaleProperty, ScoreScale? scale)
    {
        if (scale is { } s && s is not (ScoreScale.FivePoint or ScoreScale.HundredPoint) && !Enum.IsDefined(s))
        {
            Report(parent, scaleProperty, ValidationCodes.UnknownEnumValue, (int)s);
            return;
        }

        if (score is null)
        {
            return;
        }

        switch (scale)
        {
            case null:
                Add(parent.Field(scaleProperty).ToString(), ValidationCodes.ScoreScaleMissing, parent.Field(property).ToString(), parent.Field(scaleProperty).ToString());
                break;
            case ScoreScale.FivePoint:
                Score(parent, property, score, 5m);
                break;
            case ScoreScale.HundredPoint:
                Score(parent, property, score, 100m);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EventDate(in FieldPath parent, string? property, DateOnly date, DateOnly asOf)
    {
        if (date == default)
        {
            Report(parent, property, ValidationCodes.EventDateMissing);
        }
        else if (asOf != default && date > asOf)
        {
            Report(parent, property, ValidationCodes.EventAfterAsOf, Iso(date), Iso(asOf));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NotAfterAsOf(in FieldPath parent, string? property, DateOnly? date, DateOnly asOf)
    {
        if (date is { } d && asOf != default && d > asOf)
        {
            Report(parent, property, ValidationCodes.DateAfterAsOf, Iso(d), Iso(asOf));
        }
    }

    /// <summary>Reports a null item and returns false, so callers skip it.</summary>
    public bool NotNull<T>(in FieldPath field, T? item)
        where T : class
    {
        if (item is null)
        {
            Report(field, null, ValidationCodes.NullItem);
            return false;
        }

        return true;
    }

    /// <summary>An error at <paramref name="parent"/>'s <paramref name="property"/> (the parent itself when null), whose message starts with the field.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Report(in FieldPath parent, string? property, string code, params object?[] more)
    {
        var field = (property is null ? parent : parent.Field(property)).ToString();
        Add(field, code, [field, .. more]);
    }

    private static string? IdOf<T>(T? item, Func<T, string?> id)
        where T : class
        => item is not null && id(item) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private void DuplicateId(in FieldPath listPath, int index, int earlier, string value, string idProperty)
    {
        var field = listPath.Item(index).Field(idProperty).ToString();
        var other = listPath.Item(earlier).Field(idProperty).ToString();
        Add(field, ValidationCodes.DuplicateId, field, Shown(value), other, listPath.ToString());
    }

    private void ItemLengths(in FieldPath field, IReadOnlyCollection<object> list, int max)
    {
        if (list is IReadOnlyList<object> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is string text && text.Length > max)
                {
                    TextTooLong(field.Item(i), text, max);
                }
            }

            return;
        }

        var index = 0;
        foreach (var entry in list)
        {
            if (entry is string text && text.Length > max)
            {
                TextTooLong(field.Item(index), text, max);
            }

            index++;
        }
    }

    private void TextTooLong(in FieldPath field, string text, int max)
    {
        var f = field.ToString();
        Add(f, ValidationCodes.TextTooLong, f, I(text.Length), I(max));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoControlCharacters(in FieldPath parent, string? property, string? value, bool allowLineBreaks)
    {
        if (value is not null && IndexOfControl(value, allowLineBreaks) is var i and >= 0)
        {
            ControlCharacter(parent, property, value, i, allowLineBreaks);
        }
    }

    /// <summary>The first control character (<see cref="char.IsControl(char)"/>: U+0000 to U+001F, U+007F to U+009F), tab, CR and LF excepted when <paramref name="allowLineBreaks"/>; -1 when none.</summary>
    internal static int IndexOfControl(ReadOnlySpan<char> value, bool allowLineBreaks)
    {
        var width = Vector128<ushort>.Count;
        if (!Vector128.IsHardwareAccelerated || value.Length < width)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var ch = value[i];
                if ((ch < ' ' && !(allowLineBreaks && ch is '\t' or '\r' or '\n')) || (uint)(ch - '\u007F') <= 0x20u)
                {
                    return i;
                }
            }

            return -1;
        }

        // Eight characters at a time; the last block overlaps the one before (whose characters held none).
        var chars = MemoryMarshal.Cast<char, ushort>(value);
        for (var i = 0; ; i = Math.Min(i + width, chars.Length - width))
        {
            var v = Vector128.Create(chars[i..]);
            var control = Vector128.LessThan(v, Vector128.Create((ushort)0x20))
                | Vector128.LessThan(v - Vector128.Create((ushort)0x7F), Vector128.Create((ushort)0x21));
            if (allowLineBreaks)
            {
                control &= ~(Vector128.Equals(v, Vector128.Create((ushort)'\t')) | Vector128.Equals(v, Vector128.Create((ushort)'\n')) | Vector128.Equals(v, Vector128.Create((ushort)'\r')));
            }

            if (control != Vector128<ushort>.Zero)
            {
                return i + BitOperations.TrailingZeroCount(control.ExtractMostSignificantBits());
            }

            if (i == chars.Length - width)
            {
                return -1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ControlCharacter(in FieldPath parent, string? property, string value, int i, bool allowLineBreaks)
    {
        var f = (property is null ? parent : parent.Field(property)).ToString();
        var code = $"U+{(int)value[i]:X4}";
        var position = I(i + 1);
        AddVariant(f, ValidationCodes.ControlCharacter, allowLineBreaks ? "FreeText" : "Name", f, code, position);
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
