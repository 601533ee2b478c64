using System.Globalization;
using System.Text;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Decisions;

/// <summary>Prints decisions as a person reads them, in the decision's culture (texts from the catalog, <c>Format_*</c>).</summary>
internal static class DecisionFormatter
{
    public static string Format(EligibilityDecision decision)
    {
        var culture = decision.Culture;
        var b = new StringBuilder();
        b.Append(Text(culture, "Format_Decision", OutcomeLabels.Text(decision.OutcomeValue)));
        if (decision is PenaltyDecision { IndeterminateLevel: { } heavier })
        {
            b.Append(Text(culture, "Format_PossiblyHeavier", OutcomeLabels.Text(heavier)));
        }

        b.AppendLine();
        b.AppendLine(Text(culture, "Format_Subject", decision.SubjectId, Date(decision.AsOf)));
        b.Append(Text(culture, "Format_Rules", decision.WorkflowName));
        if (decision.WorkflowVersion is { } version)
        {
            b.Append(' ').Append(version);
        }

        if (decision.EffectiveFrom is { } from)
        {
            b.Append(Text(culture, "Format_InForceFrom", Date(from)));
        }

        b.AppendLine(Text(culture, "Format_RuleSet", Short(decision.RuleSetHash)));

        var openings = decision switch
        {
            AdmissionDecision admission => admission.OpeningsRemaining,
            ClearanceDecision clearance => clearance.OpeningsRemaining,
            _ => null,
        };
        if (openings is { } left)
        {
            b.AppendLine(Text(culture, "Format_OpeningsRemaining", left.ToString(CultureInfo.InvariantCulture)));
        }

        if (decision is RenewalDecision renewal)
        {
            AppendScorecard(b, renewal.Scorecard, culture);
        }

        if (decision.Reasons.Count > 0)
        {
            b.AppendLine(Text(culture, "Format_Reasons"));
            foreach (var reason in decision.Reasons)
            {
                AppendReason(b, reason, culture);
            }
        }

        return b.ToString().TrimEnd();
    }

    public static string FormatInvalid(string subjectId, IReadOnlyList<ValidationError> errors, CultureInfo culture)
    {
        var b = new StringBuilder();
        b.Append(Text(culture, "Format_Invalid"));
        if (subjectId.Length > 0)
        {
            b.Append(Text(culture, "Format_InvalidSubject", subjectId));
        }

        b.AppendLine();
        foreach (var error in errors)
        {
            // "(snapshot)" stands in the field column, whose entries (JSON paths) read the same in every language.
            b.Append("- ").Append(error.Code).Append(' ').Append(error.Field.Length == 0 ? "(snapshot)" : error.Field)
                .Append(": ").AppendLine(error.GetMessage(culture));
        }

        return b.ToString().TrimEnd();
    }

    private static void AppendScorecard(StringBuilder b, Scorecard card, CultureInfo culture)
    {
        var verdict = card.Passed ? "Format_ScorecardPassed" : card.IsIndeterminate ? "Format_ScorecardUndetermined" : "Format_ScorecardNotPassed";
        b.Append(Text(culture, "Format_Scorecard", Number(card.Total), Number(card.MaxTotal), Number(card.PassMark)))
            .AppendLine(Text(culture, verdict));
        foreach (var criterion in card.Criteria)
        {
            b.Append("  ").Append(criterion.Name).Append(": ").Append(Number(criterion.Points)).Append(" / ").Append(Number(criterion.MaxPoints));
            if (criterion.BandReached is { } band)
            {
                b.Append(Text(culture, "Format_Band", band));
            }

            b.AppendLine();
        }
    }

    private static void AppendReason(StringBuilder b, DecisionReason reason, CultureInfo culture)
    {
        b.Append("- ");
        if (reason.Code is { } code)
        {
            b.Append(code).Append(' ');
        }

        b.AppendLine(Text(culture, "Format_Reason", OutcomeLabels.Text(reason.Outcome), reason.Message));
        if (reason.Condition is not null)
        {
            b.Append("    ").Append(Text(culture, "Format_Observed", ReasonValueText.Format(reason.Observed, culture), ReasonValueText.Format(reason.Threshold, culture)));
            if (reason.Gap is { } gap)
            {
                b.Append(Text(culture, "Format_Needs", ReasonValueText.Gap(gap)));
            }

            b.AppendLine();
        }

        if (reason.MissingFields.Count > 0)
        {
            b.Append("    ").AppendLine(Text(culture, "Format_Missing", string.Join(", ", reason.MissingFields.Select(MissingFieldNames.ToJson))));
        }

        if (reason.ErrorMessage is { } error)
        {
            b.Append("    ").AppendLine(Text(culture, "Format_Error", error));
        }
    }

    private static string Text(CultureInfo culture, string key, params object?[] args) => Catalog.Text(key, args).ToString(culture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => TraceEntry.FormatValue(value);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
