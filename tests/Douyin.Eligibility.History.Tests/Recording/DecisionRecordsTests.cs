using Douyin.Eligibility.Families;
using Douyin.Eligibility.History.Recording;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.History.Tests.Recording;

/// <summary><see cref="DecisionRecords.From"/> over real decisions of the shipped clearance rules.</summary>
public sealed class DecisionRecordsTests
{
    private static readonly EligibilityEvaluator Evaluator = EligibilityEvaluator.CreateDefault();

    private static MerchantSnapshot Merchant(decimal experienceScore) => new()
    {
        Id = "SHOP-1",
        AsOf = new DateOnly(2026, 11, 20),
        ExperienceScore = experienceScore,
        ExperienceScoreScale = ScoreScale.FivePoint,
        IsBrandQualificationCompliant = true,
        IsJudgedUnsuitable = false,
    };

    [Fact]
    public void From_PassingScoreNearTheThreshold_RecordsItsObservedValueAndThreshold()
    {
        var decision = Evaluator.EvaluateAllianceClearance(Merchant(3.6m), EvaluationSettings.English).Decision!;

        var record = DecisionRecords.From(EligibilityFamilies.AllianceClearance, decision, """{"id":"SHOP-1"}""");

        record.Outcome.Should().Be("Retain");
        record.Passed.Should().BeTrue();
        record.ReasonCodes.Should().BeEmpty();
        record.Conditions.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            RuleName = "ExperienceScore",
            Outcome = "Passed",
            Field = "merchant.ExperienceScore",
            Operator = ">=",
            Observed = 3.6m,
            Threshold = 3.5m,
            Required = (decimal?)null,
        });
        record.RuleSetHash.Should().Be(decision.RuleSetHash);
        record.WorkflowVersion.Should().Be(decision.WorkflowVersion);
        record.SnapshotJson.Should().Be("""{"id":"SHOP-1"}""");
    }

    [Fact]
    public void From_ScoreBelowTheThreshold_RecordsTheReasonWithItsGap()
    {
        var decision = Evaluator.EvaluateAllianceClearance(Merchant(3.2m), EvaluationSettings.English).Decision!;

        var record = DecisionRecords.From(EligibilityFamilies.AllianceClearance, decision);

        record.Outcome.Should().Be("Clear");
        record.Passed.Should().BeFalse();
        record.ReasonCodes.Should().Equal("CLEARANCE_EXPERIENCE_SCORE_LOW");
        var condition = record.Conditions.Single(c => c.Outcome == "Failed");
        (condition.Observed, condition.Threshold, condition.Required, condition.Change).Should().Be((3.2m, 3.5m, 3.5m, 0.3m));
    }

    [Fact]
    public void From_DecisionNotExplained_RecordsReasonsWithoutValues()
    {
        var settings = new EvaluationSettings { Culture = EvaluationSettings.English.Culture, Explain = false };
        var decision = Evaluator.EvaluateAllianceClearance(Merchant(3.2m), settings).Decision!;

        var record = DecisionRecords.From(EligibilityFamilies.AllianceClearance, decision);

        record.Conditions.Should().ContainSingle().Which.Observed.Should().BeNull();
        record.ReasonCodes.Should().Equal("CLEARANCE_EXPERIENCE_SCORE_LOW");
    }
}
