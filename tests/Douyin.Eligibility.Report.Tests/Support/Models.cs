using System.Globalization;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.History.Queries;
using Douyin.Eligibility.Tool.Commands.Report.Model;

namespace Douyin.Eligibility.Report.Tests.Support;

/// <summary>Report models for the renderer's unit tests: a clearance family over two days, with any subject id.</summary>
internal static class Models
{
    public static readonly DateOnly Day1 = new(2026, 11, 21);
    public static readonly DateOnly Day2 = new(2026, 11, 22);

    public static DailyReportModel Empty() => new("decisions.db", null, new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero), []);

    /// <summary>
    /// Day 1: 3 retained; day 2: 2 retained, <paramref name="subject"/> cleared (newly failing, reason <paramref name="code"/>,
    /// experience score 3.2 against ≥ 3.5, shop name <paramref name="name"/>), SHOP-2 at risk at 3.6.
    /// </summary>
    public static DailyReportModel TwoDays(string subject = "SHOP-1", string code = "CLEARANCE_EXPERIENCE_SCORE_LOW", CultureInfo? culture = null, string name = "西湖数码生活馆")
    {
        culture ??= CultureInfo.GetCultureInfo("en");
        var family = EligibilityFamilies.AllianceClearance;
        var outcomes = StoreReportReader.Outcomes(family, ["Retain", "Clear"], culture);
        var report = new FamilyReport(
            family.WorkflowName,
            Day2,
            Day1,
            "0123456789abcdef0123",
            3,
            [Day1, Day2],
            outcomes,
            [new(Day1, family.WorkflowName, "Retain", 3), new(Day2, family.WorkflowName, "Retain", 2), new(Day2, family.WorkflowName, "Clear", 1)],
            [new(Day2, family.WorkflowName, code, 1)],
            [new SubjectChange(subject, ChangeKind.NewlyFailing, "Retain", "Clear", 1, [code])],
            0.05m,
            [new AtRiskCondition("SHOP-2", "Retain", code, "merchant.ExperienceScore", ">=", 3.6m, 3.5m, 0.1m)],
            [
                new MetricValue(subject, code, "merchant.ExperienceScore", ">=", 3.2m, 3.5m, false),
                new MetricValue("SHOP-2", code, "merchant.ExperienceScore", ">=", 3.6m, 3.5m, true),
                new MetricValue("SHOP-3", code, "merchant.ExperienceScore", ">=", 4.8m, 3.5m, true),
            ],
            new Dictionary<string, string> { [subject] = name });
        return new DailyReportModel("decisions.db", null, new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero), [report]);
    }
}
