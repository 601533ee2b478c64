using System.Globalization;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Decisions;

/// <summary>
/// The words a person reads for an outcome (a decision's outcome, a penalty level, a rule's outcome), from the catalog
/// entry <c>Outcome_&lt;enum type&gt;_&lt;value&gt;</c>, such as <c>Outcome_AdmissionOutcome_NotEligible</c>.
/// </summary>
internal static class OutcomeLabels
{
    /// <summary>The catalog key of <paramref name="value"/>'s label.</summary>
    public static string Key(Enum value) => $"Outcome_{value.GetType().Name}_{value}";

    /// <summary>The label of <paramref name="value"/>, read in the reader's language.</summary>
    public static LocalizableText Text(Enum value) => Catalog.Text(Key(value));

    /// <summary>The label of <paramref name="value"/> in <paramref name="culture"/>; null means <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public static string Get(Enum value, CultureInfo? culture) => Text(value).ToString(culture);
}
