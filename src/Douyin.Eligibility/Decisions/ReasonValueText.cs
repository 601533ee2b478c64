using System.Globalization;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// How a reason's values read to a person: an unknown value is the catalog's word for unknown (<c>unknown</c> in
/// English; never <c>null</c>), a yes/no fact its words for yes and no, numbers and dates are invariant. The decision's
/// <see cref="EligibilityDecision.ToString"/>, the tool's table, explain and summary all read values through it.
/// </summary>
public static class ReasonValueText
{
    /// <summary><paramref name="value"/> as a person reads it in <paramref name="culture"/>'s language.</summary>
    /// <param name="value">An observed value or threshold; null is unknown.</param>
    /// <param name="culture">The reader's culture; null is the current UI culture.</param>
    public static string Format(object? value, CultureInfo? culture = null) => value switch
    {
        null => ReasonTexts.For(culture ?? CultureInfo.CurrentUICulture).Unknown,
        bool b => b ? ReasonTexts.For(culture ?? CultureInfo.CurrentUICulture).Yes : ReasonTexts.For(culture ?? CultureInfo.CurrentUICulture).No,
        _ => TraceEntry.FormatValue(value),
    };

    /// <summary>The value needed and the change, e.g. <c>4.11 (+0.06)</c>: the same in every language.</summary>
    /// <param name="gap">A failed comparison's gap (<see cref="DecisionReason.Gap"/>).</param>
    public static string Gap(ConditionGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return $"{TraceEntry.FormatValue(gap.Required)} ({(gap.Change >= 0 ? "+" : string.Empty)}{TraceEntry.FormatValue(gap.Change)})";
    }
}
