using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Benchmarks.Admission;

/// <summary>
/// The fourteen rules of rules/alliance/admission.json (AllianceAdmission 2024-07-25) written by hand in C#, three-valued:
/// <c>bool?</c> with Kleene <c>&amp;</c> / <c>|</c>, null = Indeterminate. The floor the engine is measured against.
/// </summary>
public static class HandWrittenAdmission
{
    /// <summary>The number of rules (and of outcomes written).</summary>
    public const int RuleCount = 14;

    private const int PenaltyWindowDays = 365;

    /// <summary>Writes the fourteen outcomes into <paramref name="outcomes"/> and returns their three-valued And.</summary>
    public static RuleOutcome Evaluate(MerchantSnapshot s, DateOnly asOf, Span<RuleOutcome> outcomes)
    {
        var virtualOnly = s.SellsVirtualGoodsOnly;
        outcomes[0] = Of(s.IsSettled & s.IsStoreOpened);
        outcomes[1] = Of(s.IsStoreStatusNormal);
        outcomes[2] = Of(s.IsAccountStatusNormal);
        outcomes[3] = Of(s.Gmv30dFen is { } gmv ? gmv > 0 : null);
        outcomes[4] = Of(s.StoreScore is { } score ? score > 4.1m : null);
        outcomes[5] = Of(s.PositiveRate is { } rate ? rate > 0.75m : null);
        outcomes[6] = Of(virtualOnly | s.WarehouseInspectionPassed);
        outcomes[7] = Of(virtualOnly | s.IsAllianceConnected);
        outcomes[8] = Of(virtualOnly | s.IsErpIntegrated);
        outcomes[9] = Of(NoEvasionPenalty(s, asOf));
        outcomes[10] = Of(ControllerStoresClean(s, PenaltyRules.SeriousViolation, static c => c.HasSeriousViolationPenalty));
        outcomes[11] = Of(ControllerStoresClean(s, PenaltyRules.TransactionSafety, static c => c.HasSeriousTransactionSafetyIncident));
        outcomes[12] = Of(!s.WasClearedForViolation);
        outcomes[13] = Of(s.AllianceOpeningsUsed is { } used ? used < 3 : null);

        var result = RuleOutcome.Passed;
        foreach (var outcome in outcomes[..RuleCount])
        {
            if (outcome == RuleOutcome.Failed)
            {
                return RuleOutcome.Failed;
            }

            if (outcome == RuleOutcome.Indeterminate)
            {
                result = RuleOutcome.Indeterminate;
            }
        }

        return result;
    }

    private static RuleOutcome Of(bool? value) => value switch
    {
        true => RuleOutcome.Passed,
        false => RuleOutcome.Failed,
        null => RuleOutcome.Indeterminate,
    };

    // A penalty in the window (AsOf - 365 < d <= AsOf) fails; otherwise it passes only when the history covers the window.
    private static bool? NoEvasionPenalty(MerchantSnapshot s, DateOnly asOf)
    {
        var last = asOf.DayNumber;
        var first = last - PenaltyWindowDays;
        var penalties = s.Penalties;
        for (var i = 0; i < penalties.Count; i++)
        {
            var p = penalties[i];
            if (p.Date.DayNumber > first && p.Date.DayNumber <= last && string.Equals(p.Rule, PenaltyRules.PublishingEvasion, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return s.PenaltyHistoryFrom is { } from && from.DayNumber <= first + 1 ? true : null;
    }

    // Indexed loops: foreach over an IReadOnlyList would allocate an enumerator.
    // Kleene All over the other stores (the flag, or a penalty record under the rule), then And with "the list is complete".
    private static bool? ControllerStoresClean(MerchantSnapshot s, string rule, Func<ControllerStoreSnapshot, bool?> flag)
    {
        bool? all = true;
        var stores = s.ControllerStores;
        for (var i = 0; i < stores.Count; i++)
        {
            var store = stores[i];
            var anyPenalty = false;
            var penalties = store.Penalties;
            for (var j = 0; j < penalties.Count; j++)
            {
                if (string.Equals(penalties[j].Rule, rule, StringComparison.Ordinal))
                {
                    anyPenalty = true;
                    break;
                }
            }

            all &= !flag(store) & !anyPenalty;
            if (all == false)
            {
                return false;
            }
        }

        return all & (s.ControllerStoresKnown == true ? true : null);
    }
}
