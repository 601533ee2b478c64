using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>The dated variants in rules/alliance/versions/: which version is in force when, and what each checks.</summary>
public class AllianceVersionTests
{
    private static readonly DateOnly In2021 = new(2021, 6, 1);
    private static readonly DateOnly Early2022 = new(2022, 5, 1);
    private static readonly DateOnly In2023 = new(2023, 1, 1);
    private static readonly DateOnly In2025 = new(2025, 1, 1);

    private static WorkflowResult Admission(DateOnly asOf, MerchantSnapshot merchant) => ShippedRules.Evaluate("AllianceAdmission", asOf, merchant);

    private static WorkflowResult Clearance(DateOnly asOf, MerchantSnapshot merchant) => ShippedRules.Evaluate("AllianceClearance", asOf, merchant);

    [Theory]
    [InlineData("2020-04-01", "2020-04-01")]
    [InlineData("2021-12-31", "2020-04-01")]
    [InlineData("2022-01-01", "2022")]
    [InlineData("2022-08-21", "2022")]
    [InlineData("2022-08-22", "2022-08-22")]
    [InlineData("2024-07-24", "2022-08-22")]
    [InlineData("2024-07-25", "2024-07-25")]
    [InlineData("2030-01-01", "2024-07-25")]
    public void GetWorkflow_AdmissionOnDate_PicksVersion(string date, string version)
        => ShippedRules.Set.GetWorkflow("AllianceAdmission", DateOnly.Parse(date)).Version.Should().Be(version);

    [Theory]
    [InlineData("2021-12-31", "2020-04-01")]
    [InlineData("2022-01-01", "2022")]
    [InlineData("2022-08-22", "2022-08-22")]
    [InlineData("2024-07-24", "2022-08-22")]
    [InlineData("2024-07-25", "2024-07-25")]
    public void GetWorkflow_ClearanceOnDate_PicksVersion(string date, string version)
        => ShippedRules.Set.GetWorkflow("AllianceClearance", DateOnly.Parse(date)).Version.Should().Be(version);

    [Fact]
    public void GetWorkflow_BeforeFirstVersion_Throws()
    {
        var act = () => ShippedRules.Set.GetWorkflow("AllianceAdmission", new DateOnly(2020, 3, 31));
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Versions_DatedVariants_CoverFrom2020WithoutGapsOrOverlaps()
    {
        foreach (var name in new[] { "AllianceAdmission", "AllianceClearance" })
        {
            var dated = ShippedRules.Set.GetVersions(name).Where(v => v.IsEnabled).OrderBy(v => v.EffectiveFrom).ToList();
            dated[0].EffectiveFrom.Should().Be(new DateOnly(2020, 4, 1));
            dated[^1].EffectiveTo.Should().BeNull();
            for (var i = 1; i < dated.Count; i++)
            {
                dated[i].EffectiveFrom.Should().Be(dated[i - 1].EffectiveTo!.Value.AddDays(1), $"{name} {dated[i].Version} starts the day after {dated[i - 1].Version} ends");
            }
        }
    }

    [Fact]
    public void Admission_SameMerchantOnDifferentDates_MeetsDifferentVersions()
    {
        // Store score 4.3 and positive rate 0.78: above the 2024 thresholds (4.1 / 75%), below the 2020 ones (4.5 / 80%).
        // Experience score 4.1: meets the 2022 (4.0) version but not the 2022-08-22 (4.2) one.
        MerchantSnapshot On(DateOnly d) => Merchant(d) with { StoreScore = 4.3m, PositiveRate = 0.78m, ExperienceScore = 4.1m };

        Admission(In2021, On(In2021)).NotPassed().Should().BeEquivalentTo("StoreScore", "PositiveRate");
        Admission(Early2022, On(Early2022)).Passed.Should().BeTrue();
        Admission(In2023, On(In2023)).NotPassed().Should().Equal("ExperienceScore");
        Admission(In2025, On(In2025)).Passed.Should().BeTrue();
    }

    [Fact]
    public void Clearance_SameMerchantOnDifferentDates_MeetsDifferentVersions()
    {
        // Experience score 3.8: stays under the 2022 version (< 3.5 clears), cleared under 2022-08-22 (< 4.0), stays under 2024 (< 3.5).
        MerchantSnapshot On(DateOnly d) => Merchant(d) with { ExperienceScore = 3.8m, StoreScore = 4.4m };

        Clearance(In2021, On(In2021)).NotPassed().Should().Equal("StoreScore");
        Clearance(Early2022, On(Early2022)).Passed.Should().BeTrue();
        Clearance(In2023, On(In2023)).NotPassed().Should().Equal("ExperienceScore");
        Clearance(In2025, On(In2025)).Passed.Should().BeTrue();
    }

    [Theory]
    [InlineData("4.5", "0.80", true)]
    [InlineData("4.49", "0.80", false)]
    [InlineData("4.5", "0.7999", false)]
    public void Admission2020_ScoreAndRateAtThreshold_AreInclusive(string score, string rate, bool eligible)
    {
        var merchant = Merchant(In2021) with { StoreScore = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), PositiveRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) };
        Admission(In2021, merchant).Passed.Should().Be(eligible);
    }

    [Fact]
    public void Admission2020_ClearedForViolation_NeverRejoins()
        => Admission(In2021, Merchant(In2021) with { WasClearedForViolation = true }).NotPassed().Should().Equal("NeverClearedForViolation");

    [Fact]
    public void Admission2020_NoWarehouseOrErp_IsStillEligible()
        => Admission(In2021, Merchant(In2021) with { WarehouseInspectionPassed = false, IsErpIntegrated = false }).Passed.Should().BeTrue();

    [Theory]
    [InlineData(59, RuleOutcome.Passed)]
    [InlineData(60, RuleOutcome.Failed)]
    public void Admission2022_NewMerchantWithin60Days_ExemptFromExperienceScore(int daysSinceSettled, RuleOutcome expected)
    {
        var merchant = Merchant(Early2022) with { SettledDate = Early2022.AddDays(-daysSinceSettled), ExperienceScore = 3.0m };
        Admission(Early2022, merchant).Outcome("ExperienceScore").Should().Be(expected);
    }

    [Theory]
    [InlineData("4.0", RuleOutcome.Passed)]
    [InlineData("3.99", RuleOutcome.Failed)]
    public void Admission2022_ExperienceScoreAroundFour_PassesFromFour(string score, RuleOutcome expected)
        => Admission(Early2022, Merchant(Early2022) with { ExperienceScore = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture) })
            .Outcome("ExperienceScore").Should().Be(expected);

    [Fact]
    public void Admission2022_MerchantViolationPenaltyInWindow_Counts()
    {
        var merchant = Merchant(Early2022) with { Penalties = [Penalty(PenaltyRules.MerchantViolation, Early2022.AddDays(-100))] };
        Admission(Early2022, merchant).NotPassed().Should().Equal("NoPenalty365d");
        Admission(In2025, Merchant(In2025) with { Penalties = [Penalty(PenaltyRules.MerchantViolation, In2025.AddDays(-100))] }).Passed.Should().BeTrue();
    }

    [Theory]
    [InlineData(3, RuleOutcome.Passed)]
    [InlineData(4, RuleOutcome.Failed)]
    public void Admission20220822_SeriousViolationPoints_FourOrMoreRestricts(int points, RuleOutcome expected)
        => Admission(In2023, Merchant(In2023) with { SeriousViolationPoints30d = points }).Outcome("SeriousViolationPoints30d").Should().Be(expected);

    [Theory]
    [InlineData("4.2", RuleOutcome.Passed)]
    [InlineData("4.19", RuleOutcome.Failed)]
    public void Admission20220822_ExperienceScoreAround4Point2_PassesFrom4Point2(string score, RuleOutcome expected)
        => Admission(In2023, Merchant(In2023) with { ExperienceScore = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture) })
            .Outcome("ExperienceScore").Should().Be(expected);

    [Theory]
    [InlineData("4.0", RuleOutcome.Passed)]
    [InlineData("3.99", RuleOutcome.Failed)]
    public void Clearance20220822_ExperienceScoreBelowFour_Clears(string score, RuleOutcome expected)
        => Clearance(In2023, Merchant(In2023) with { ExperienceScore = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture) })
            .Outcome("ExperienceScore").Should().Be(expected);

    [Theory]
    [InlineData("3.5", RuleOutcome.Passed)]
    [InlineData("3.49", RuleOutcome.Failed)]
    public void Clearance2022_ExperienceScoreBelowThreePointFive_Clears(string score, RuleOutcome expected)
        => Clearance(Early2022, Merchant(Early2022) with { ExperienceScore = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture) })
            .Outcome("ExperienceScore").Should().Be(expected);

    [Fact]
    public void HundredPointVersion_Lookup_IsDisabledAndChosenOnlyByVersion()
    {
        var workflow = ShippedRules.Set.GetWorkflowVersion("AllianceAdmission", "100-point");
        workflow.IsEnabled.Should().BeFalse();
        workflow.Properties["ExperienceScoreScale"].GetString().Should().Be("HundredPoint");
        workflow.Parameters["MinExperienceScore"].Should().Be(70);
        ShippedRules.Set.GetWorkflow("AllianceAdmission", In2025).Version.Should().NotBe("100-point");
    }

    [Theory]
    [InlineData(70, RuleOutcome.Passed)]
    [InlineData(69, RuleOutcome.Failed)]
    public void HundredPointVersion_ExperienceScoreAroundSeventy_PassesFromSeventy(int score, RuleOutcome expected)
    {
        var workflow = ShippedRules.Set.GetWorkflowVersion("AllianceAdmission", "100-point");
        var merchant = Merchant(In2025) with { ExperienceScore = score, ExperienceScoreScale = ScoreScale.HundredPoint };
        workflow.Evaluate(In2025, merchant).Outcome("ExperienceScore").Should().Be(expected);
    }

    [Fact]
    public void HundredPointVersion_FivePointScore_IsIndeterminate()
        => ShippedRules.Set.GetWorkflowVersion("AllianceAdmission", "100-point").Evaluate(In2025, Merchant(In2025))
            .Outcome("ExperienceScore").Should().Be(RuleOutcome.Indeterminate);

    [Fact]
    public void Versions_ReadingExperienceScore_DeclareTheirScale()
    {
        foreach (var workflow in ShippedRules.Set.Workflows)
        {
            var readsExperience = workflow.Rules.Any(r => r.Expression?.Contains("ExperienceScore", StringComparison.Ordinal) == true);
            workflow.Properties.ContainsKey("ExperienceScoreScale").Should().Be(readsExperience, $"{workflow} {(readsExperience ? "reads" : "does not read")} the experience score");
        }
    }
}
