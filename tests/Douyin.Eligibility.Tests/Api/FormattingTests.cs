using Douyin.Eligibility.Snapshots;
using TestSnapshots = Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Api;

public class FormattingTests
{
    private static EligibilityEvaluator Evaluator => TestRules.Evaluator;

    [Fact]
    public void Format_English_ShowsOutcomeReasonObservedThresholdAndGap()
    {
        var merchant = TestRules.GoodMerchant() with { StoreScore = 4.05m, PositiveRate = null };

        var text = Evaluator.EvaluateAllianceAdmission(merchant, TestRules.En).ToString();

        var hash = Evaluator.CurrentRuleSet.ContentHash[..12];
        text.Should().Be($"""
            Decision: not eligible
            Subject: SHOP-1, as of 2024-08-01
            Rules: AllianceAdmission 2024-07-25 (in force from 2024-07-25), rule set {hash}
            Openings remaining: 2
            Reasons:
            - ALLIANCE_STORE_SCORE_TOO_LOW [failed] Store score 4.05 is not above 4.1
                observed 4.05, threshold 4.1, needs 4.11 (+0.06)
            - ALLIANCE_POSITIVE_RATE_TOO_LOW [indeterminate] Cannot tell, positiveRate unknown: Positive rate unknown is not above 0.75
                observed unknown, threshold 0.75
                missing: positiveRate
            """.ReplaceLineEndings());
    }

    [Fact]
    public void ToString_DefaultCulture_IsChinese()
    {
        var text = Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 4.05m }).ToString();

        text.Should().StartWith("结论：不符合准入条件");
        text.Should().Contain("- ALLIANCE_STORE_SCORE_TOO_LOW ［未通过］店铺评分 4.05 未高于 4.1");
        text.Should().Contain("实际值 4.05，阈值 4.1，需达到 4.11 (+0.06)");
        text.Should().Contain("剩余开通次数：2");
    }

    [Fact]
    public void Format_Renewal_ShowsTheScorecard()
    {
        var provider = TestSnapshots.BrandProvider() with { AdClickThroughRate = 0.025m, CustomerSatisfactionRate = 0.95m, BrandsServed = 3 };

        var text = Evaluator.EvaluateBrandRenewal(provider, TestRules.En).ToString();

        text.Should().StartWith("Decision: not renewed");
        text.Should().Contain("Scorecard: 50 / 100, pass mark 60, not passed");
        text.Should().Contain("  ClickThroughRate: 20 / 40 (CtrLow)");
        text.Should().Contain("  BrandsServed: 0 / 30");
    }

    [Fact]
    public void Format_Penalty_ShowsPossibleHeavierLevel()
    {
        var provider = TestSnapshots.StoreOperationProvider() with
        {
            Violations = [new ProviderViolation { Date = new DateOnly(2024, 1, 1), Points = 12, Kind = ProviderViolationKinds.FalseInformation }],
        };

        var text = Evaluator.EvaluateStoreOperationPenalty(provider, TestRules.En).ToString();

        text.Should().StartWith("Decision: service hidden (possibly cleared out: data missing)");
    }

    [Fact]
    public void Format_Invalid_ListsTheErrorsInTheCulture()
    {
        var merchant = TestRules.GoodMerchant() with { PositiveRate = 1.2m };

        Evaluator.EvaluateAllianceAdmission(merchant, TestRules.En).ToString().Should().StartWith("No decision: the snapshot is invalid (SHOP-1)").And.Contain("SV005 positiveRate:");
        Evaluator.EvaluateAllianceAdmission(merchant).ToString().Should().StartWith("无结论：快照无效（SHOP-1）");
    }
}
