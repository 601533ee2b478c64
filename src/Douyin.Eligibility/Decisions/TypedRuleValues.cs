using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// The params and properties of rule files that the typed API reads, each with its documented range
/// (docs/rule-conventions.md). The load-time checks (DE5001) and the decisions read them through the same members,
/// so what loads is exactly what the decisions can compute with; a set loaded without the checks has its numbers
/// clamped into these ranges, so no arithmetic on them can overflow.
/// </summary>
internal static class TypedRuleValues
{
    public const string CriterionProperty = "Criterion";
    public const string PointsProperty = "Points";
    public const string PenaltyLevelProperty = "PenaltyLevel";
    public const string ScaleProperty = "ExperienceScoreScale";
    public const string PassMarkParameter = "ScorecardPassMark";
    public const string MaxOpeningsParameter = "MaxAllianceOpenings";

    /// <summary><c>MaxAllianceOpenings</c>: a whole number of openings.</summary>
    public static NumberRange Openings { get; } = new(0m, 1_000_000m, WholeNumber: true);

    /// <summary>A scorecard band's <c>Properties.Points</c>.</summary>
    public static NumberRange Points { get; } = new(0m, 1_000_000m, WholeNumber: false);

    /// <summary><c>ScorecardPassMark</c>.</summary>
    public static NumberRange PassMark { get; } = new(0m, 1_000_000m, WholeNumber: false);

    /// <summary>The levels a penalty rule may name, least severe first (<see cref="PenaltyLevel.None"/> is not one).</summary>
    public static IReadOnlyList<PenaltyLevel> Levels { get; } = [PenaltyLevel.ServiceHidden, PenaltyLevel.Delisted, PenaltyLevel.Banned, PenaltyLevel.ClearedOut];

    /// <summary>The scales a workflow may declare.</summary>
    public static IReadOnlyList<ScoreScale> Scales { get; } = [ScoreScale.FivePoint, ScoreScale.HundredPoint];

    /// <summary>The one snapshot type the typed API passes to the workflow <paramref name="workflowName"/> (its family's <see cref="EligibilityFamily.InputType"/>); null for other workflows.</summary>
    public static Type? InputType(string workflowName) => EligibilityFamilies.Find(workflowName)?.InputType;

    /// <summary>
    /// Whether the typed API can evaluate <paramref name="workflow"/>: it takes exactly one input, of a type the family's
    /// snapshot is (otherwise <see cref="Workflow.Evaluate"/> would throw). True for workflows of no family.
    /// </summary>
    public static bool TakesItsSnapshot(Workflow workflow) => TakesItsSnapshot(workflow, InputType(workflow.Name));

    /// <summary>Whether <paramref name="workflow"/> takes exactly one input that a <paramref name="inputType"/> can be; true when <paramref name="inputType"/> is null.</summary>
    public static bool TakesItsSnapshot(Workflow workflow, Type? inputType)
        => inputType is null || (workflow.Inputs.Count == 1 && workflow.Inputs[0].Type.IsAssignableFrom(inputType));

    /// <summary>A constant value as a number; null for anything else (a string, a bool, a double outside decimal's range).</summary>
    public static decimal? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        _ => null,
    };

    /// <summary>A JSON number as a decimal; null for other kinds and for numbers outside decimal's range.</summary>
    public static decimal? Number(JsonElement value)
        => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) ? d : null;

    /// <summary>The constant GlobalParam <paramref name="name"/> as a number, clamped into <paramref name="range"/>; null when absent or not a number.</summary>
    public static decimal? Parameter(Workflow workflow, string name, NumberRange range)
        => workflow.Parameters.TryGetValue(name, out var value) && Number(value) is { } number ? range.Clamp(number) : null;

    /// <summary>A string property of a rule; null when absent or not a string.</summary>
    public static string? Text(RuleInfo rule, string property)
        => rule.Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A band's points, clamped into <see cref="Points"/>; 0 when absent or not a number.</summary>
    public static decimal BandPoints(RuleInfo rule)
        => rule.Properties.TryGetValue(PointsProperty, out var value) && Number(value) is { } points ? Points.Clamp(points) : 0m;

    /// <summary>The level a penalty rule names; <see cref="PenaltyLevel.None"/> unless it is one of <see cref="Levels"/> by name (any case, never a number).</summary>
    public static PenaltyLevel Level(RuleInfo rule) => Name(Text(rule, PenaltyLevelProperty), Levels) ?? PenaltyLevel.None;

    /// <summary>The scale a workflow declares; null unless <c>Properties.ExperienceScoreScale</c> is one of <see cref="Scales"/> by name.</summary>
    public static ScoreScale? Scale(Workflow workflow)
        => workflow.Properties.TryGetValue(ScaleProperty, out var value) && value.ValueKind == JsonValueKind.String ? Name(value.GetString(), Scales) : null;

    /// <summary>The member of <paramref name="names"/> whose name is <paramref name="text"/>, ignoring case; numbers are never names.</summary>
    public static TEnum? Name<TEnum>(string? text, IReadOnlyList<TEnum> names)
        where TEnum : struct, Enum
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary><paramref name="value"/> as rule authors wrote it: numbers invariant, strings quoted.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A JSON value as written in the file.</summary>
    public static string Describe(JsonElement value) => value.GetRawText();
}

/// <summary>A documented range of a number the typed API reads.</summary>
/// <param name="Min">The smallest value allowed.</param>
/// <param name="Max">The largest value allowed.</param>
/// <param name="WholeNumber">Whether only whole numbers are allowed.</param>
internal sealed record NumberRange(decimal Min, decimal Max, bool WholeNumber)
{
    public bool Contains(decimal value) => value >= Min && value <= Max && (!WholeNumber || decimal.Truncate(value) == value);

    /// <summary>The nearest value in the range (rounded down to a whole number when only whole numbers are allowed).</summary>
    public decimal Clamp(decimal value)
    {
        var clamped = Math.Clamp(value, Min, Max);
        return WholeNumber ? decimal.Floor(clamped) : clamped;
    }

    /// <summary>"a whole number in [0, 1000000]", in the reader's language.</summary>
    public LocalizableText Describe() => Catalog.Text(WholeNumber ? "Range_WholeNumber" : "Range_Number", Interval);

    private string Interval => string.Create(CultureInfo.InvariantCulture, $"[{Min}, {Max}]");
}
