using System.Globalization;
using System.Text;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Decisions;

/// <summary>Prints decisions as a person reads them, in Chinese for zh cultures and in English otherwise.</summary>
internal static class DecisionFormatter
{
    public static string Format(EligibilityDecision decision)
    {
        var zh = IsChinese(decision.Culture);
        var b = new StringBuilder();
        b.Append(zh ? "结论：" : "Decision: ").Append(OutcomeText(decision.OutcomeValue, zh));
        if (decision is PenaltyDecision { IndeterminateLevel: { } heavier })
        {
            b.Append(zh ? $"（可能为{OutcomeText(heavier, zh)}，数据不全）" : $" (possibly {OutcomeText(heavier, zh)}: data missing)");
        }

        b.AppendLine();
        b.Append(zh ? "对象：" : "Subject: ").Append(decision.SubjectId)
            .Append(zh ? "，评估日期 " : ", as of ").AppendLine(Date(decision.AsOf));
        b.Append(zh ? "规则：" : "Rules: ").Append(decision.WorkflowName);
        if (decision.WorkflowVersion is { } version)
        {
            b.Append(' ').Append(version);
        }

        if (decision.EffectiveFrom is { } from)
        {
            b.Append(zh ? $"（{Date(from)} 起生效）" : $" (in force from {Date(from)})");
        }

        b.Append(zh ? "，规则集 " : ", rule set ").AppendLine(Short(decision.RuleSetHash));

        switch (decision)
        {
            case AdmissionDecision { OpeningsRemaining: { } left }:
                b.Append(zh ? "剩余开通次数：" : "Openings remaining: ").AppendLine(left.ToString(CultureInfo.InvariantCulture));
                break;
            case ClearanceDecision { OpeningsRemaining: { } left }:
                b.Append(zh ? "剩余开通次数：" : "Openings remaining: ").AppendLine(left.ToString(CultureInfo.InvariantCulture));
                break;
            case RenewalDecision renewal:
                AppendScorecard(b, renewal.Scorecard, zh);
                break;
        }

        if (decision.Reasons.Count > 0)
        {
            b.AppendLine(zh ? "原因：" : "Reasons:");
            foreach (var reason in decision.Reasons)
            {
                AppendReason(b, reason, zh);
            }
        }

        return b.ToString().TrimEnd();
    }

    public static string FormatInvalid(string subjectId, IReadOnlyList<ValidationError> errors, CultureInfo culture)
    {
        var zh = IsChinese(culture);
        var b = new StringBuilder();
        b.Append(zh ? "无结论：快照无效" : "No decision: the snapshot is invalid");
        if (subjectId.Length > 0)
        {
            b.Append(zh ? $"（{subjectId}）" : $" ({subjectId})");
        }

        b.AppendLine();
        foreach (var error in errors)
        {
            b.Append("- ").Append(error.Code).Append(' ').Append(error.Field.Length == 0 ? "(snapshot)" : error.Field)
                .Append(": ").AppendLine(zh ? error.MessageZh : error.Message);
        }

        return b.ToString().TrimEnd();
    }

    private static void AppendScorecard(StringBuilder b, Scorecard card, bool zh)
    {
        b.Append(zh ? "评分卡：" : "Scorecard: ").Append(Number(card.Total)).Append(" / ").Append(Number(card.MaxTotal))
            .Append(zh ? "，及格线 " : ", pass mark ").Append(Number(card.PassMark))
            .AppendLine(card.Passed ? (zh ? "，通过" : ", passed") : card.IsIndeterminate ? (zh ? "，待定" : ", undetermined") : (zh ? "，未通过" : ", not passed"));
        foreach (var criterion in card.Criteria)
        {
            b.Append("  ").Append(criterion.Name).Append(": ").Append(Number(criterion.Points)).Append(" / ").Append(Number(criterion.MaxPoints));
            if (criterion.BandReached is { } band)
            {
                b.Append(zh ? $"（{band}）" : $" ({band})");
            }

            b.AppendLine();
        }
    }

    private static void AppendReason(StringBuilder b, DecisionReason reason, bool zh)
    {
        b.Append("- ");
        if (reason.Code is { } code)
        {
            b.Append(code).Append(' ');
        }

        b.Append(zh ? '［' : '[').Append(OutcomeText(reason.Outcome, zh)).Append(zh ? "］" : "] ").AppendLine(reason.Message);
        if (reason.Condition is not null)
        {
            b.Append("    ").Append(zh ? "实际值 " : "observed ").Append(TraceEntry.FormatValue(reason.Observed))
                .Append(zh ? "，阈值 " : ", threshold ").Append(TraceEntry.FormatValue(reason.Threshold));
            if (reason.Gap is { } gap)
            {
                b.Append(zh ? "，需达到 " : ", needs ").Append(TraceEntry.FormatValue(gap.Required))
                    .Append(" (").Append(gap.Change >= 0 ? "+" : string.Empty).Append(TraceEntry.FormatValue(gap.Change)).Append(')');
            }

            b.AppendLine();
        }

        if (reason.MissingFields.Count > 0)
        {
            b.Append("    ").Append(zh ? "缺少数据：" : "missing: ").AppendLine(string.Join(", ", reason.MissingFields));
        }

        if (reason.ErrorMessage is { } error)
        {
            b.Append("    ").Append(zh ? "错误：" : "error: ").AppendLine(error);
        }
    }

    private static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => TraceEntry.FormatValue(value);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private static string OutcomeText(Enum outcome, bool zh) => (zh, outcome) switch
    {
        (true, AdmissionOutcome.Eligible) => "符合准入条件",
        (true, AdmissionOutcome.NotEligible) => "不符合准入条件",
        (true, ClearanceOutcome.Retain) => "保留",
        (true, ClearanceOutcome.Clear) => "清退",
        (true, RenewalOutcome.Renewed) => "续牌",
        (true, RenewalOutcome.NotRenewed) => "不予续牌",
        (true, AdmissionOutcome.Indeterminate or ClearanceOutcome.Indeterminate or RenewalOutcome.Indeterminate) => "待定（数据不全）",
        (true, PenaltyLevel.None) => "无处罚",
        (true, PenaltyLevel.ServiceHidden) => "服务隐藏",
        (true, PenaltyLevel.Delisted) => "下架",
        (true, PenaltyLevel.Banned) => "封禁",
        (true, PenaltyLevel.ClearedOut) => "清退",
        (true, RuleOutcome.Passed) => "通过",
        (true, RuleOutcome.Failed) => "未通过",
        (true, RuleOutcome.Indeterminate) => "待定",
        (true, RuleOutcome.Error) => "错误",
        (false, AdmissionOutcome.NotEligible) => "not eligible",
        (false, RenewalOutcome.NotRenewed) => "not renewed",
        (false, PenaltyLevel.None) => "no penalty",
        (false, PenaltyLevel.ServiceHidden) => "service hidden",
        (false, PenaltyLevel.ClearedOut) => "cleared out",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
