using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>The default AllianceClearance (store) and AllianceProductClearance workflows: each rule passes while the store/product may stay.</summary>
public class AllianceClearanceRuleTests
{
    private static readonly DateOnly AsOf = AllianceAsOf;

    private static WorkflowResult Store(MerchantSnapshot merchant) => ShippedRules.Evaluate("AllianceClearance", AsOf, merchant);

    private static WorkflowResult Product(ProductSnapshot product) => ShippedRules.Evaluate("AllianceProductClearance", AsOf, product);

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Fact]
    public void Evaluate_PassingMerchant_Stays()
        => Store(Merchant()).Passed.Should().BeTrue();

    [Theory]
    [InlineData("3.5", RuleOutcome.Passed)]
    [InlineData("3.49", RuleOutcome.Failed)]
    [InlineData("0", RuleOutcome.Failed)]
    [InlineData("5", RuleOutcome.Passed)]
    public void ExperienceScore_ThreePointFiveRetains_BelowClears(string score, RuleOutcome expected)
        => Store(Merchant() with { ExperienceScore = D(score) }).Outcome("ExperienceScore").Should().Be(expected);

    [Fact]
    public void ExperienceScore_Cleared_ReasonAndMessages()
    {
        var rule = Store(Merchant() with { ExperienceScore = 3.49m }).Rule("ExperienceScore");
        rule.Rule.ReasonCode.Should().Be("CLEARANCE_EXPERIENCE_SCORE_LOW");
        rule.GetMessage(ShippedRules.En).Should().Be("Experience score 3.49 (FivePoint) is below 3.5: the store is cleared");
        rule.GetMessage(ShippedRules.ZhCn).Should().Be("店铺体验分 3.49（FivePoint）低于 3.5，将被清退");
    }

    [Fact]
    public void ExperienceScore_Missing_IsIndeterminateNamingField()
    {
        var rule = Store(Merchant() with { ExperienceScore = null }).Rule("ExperienceScore");
        rule.Outcome.Should().Be(RuleOutcome.Indeterminate);
        rule.MissingFields.Should().Equal("merchant.ExperienceScore");
    }

    [Fact]
    public void ExperienceScore_OnHundredPointScale_IsIndeterminateNotCleared()
        => Store(Merchant() with { ExperienceScore = 3m, ExperienceScoreScale = ScoreScale.HundredPoint }).Outcome("ExperienceScore").Should().Be(RuleOutcome.Indeterminate);

    [Fact]
    public void ExperienceScore_ScaleMissing_IsIndeterminateNamingScale()
        => Store(Merchant() with { ExperienceScoreScale = null }).Rule("ExperienceScore").MissingFields.Should().Equal("merchant.ExperienceScoreScale");

    [Theory]
    [InlineData(true, RuleOutcome.Passed)]
    [InlineData(false, RuleOutcome.Failed)]
    [InlineData(null, RuleOutcome.Indeterminate)]
    public void BrandQualificationCompliant_NotCompliant_Clears(bool? compliant, RuleOutcome expected)
        => Store(Merchant() with { IsBrandQualificationCompliant = compliant }).Outcome("BrandQualificationCompliant").Should().Be(expected);

    [Theory]
    [InlineData(false, RuleOutcome.Passed)]
    [InlineData(true, RuleOutcome.Failed)]
    [InlineData(null, RuleOutcome.Indeterminate)]
    public void NotJudgedUnsuitable_JudgedUnsuitable_Clears(bool? unsuitable, RuleOutcome expected)
        => Store(Merchant() with { IsJudgedUnsuitable = unsuitable }).Outcome("NotJudgedUnsuitable").Should().Be(expected);

    [Fact]
    public void Workflow_Clearance_DeclaresFivePointScaleAndOpeningsLimit()
    {
        var workflow = ShippedRules.Set.GetWorkflow("AllianceClearance", AsOf);
        workflow.Properties["ExperienceScoreScale"].GetString().Should().Be("FivePoint");
        workflow.Parameters["MaxAllianceOpenings"].Should().Be(3);
        workflow.Parameters["MinExperienceScore"].Should().Be(3.5m);
    }

    [Fact]
    public void Evaluate_PassingProduct_StaysPromoted()
        => Product(Support.Snapshots.Passing.Product()).Passed.Should().BeTrue();

    [Theory]
    [InlineData("0.02", RuleOutcome.Passed)]
    [InlineData("0.0201", RuleOutcome.Failed)]
    [InlineData("0.019", RuleOutcome.Passed)]
    public void QualityReturnRate_AboveCategoryThreshold_Clears(string rate, RuleOutcome expected)
        => Product(Support.Snapshots.Passing.Product() with { QualityReturnRate = D(rate), QualityReturnRateThreshold = 0.02m }).Outcome("QualityReturnRate").Should().Be(expected);

    [Fact]
    public void QualityReturnRate_CategoryThreshold_DecidesTheOutcome()
    {
        var product = Support.Snapshots.Passing.Product() with { QualityReturnRate = 0.03m };
        Product(product with { QualityReturnRateThreshold = 0.05m }).Outcome("QualityReturnRate").Should().Be(RuleOutcome.Passed);
        Product(product with { QualityReturnRateThreshold = 0.02m }).Outcome("QualityReturnRate").Should().Be(RuleOutcome.Failed);
    }

    [Fact]
    public void QualityReturnRate_ThresholdUnknown_IsIndeterminateNamingIt()
        => Product(Support.Snapshots.Passing.Product() with { QualityReturnRateThreshold = null }).Rule("QualityReturnRate").MissingFields
            .Should().Equal("product.QualityReturnRateThreshold");

    [Theory]
    [InlineData("0.40", RuleOutcome.Passed)]
    [InlineData("0.3999", RuleOutcome.Failed)]
    public void PickupRate24h_BelowFortyPercent_Clears(string rate, RuleOutcome expected)
        => Product(Support.Snapshots.Passing.Product() with { PickupRate24h = D(rate) }).Outcome("PickupRate24h").Should().Be(expected);

    [Theory]
    [InlineData("0.60", RuleOutcome.Passed)]
    [InlineData("0.5999", RuleOutcome.Failed)]
    public void CustomerServiceSatisfaction_BelowSixtyPercent_Clears(string rate, RuleOutcome expected)
        => Product(Support.Snapshots.Passing.Product() with { CustomerServiceSatisfactionRate = D(rate) }).Outcome("CustomerServiceSatisfaction").Should().Be(expected);

    [Fact]
    public void PickupRate24h_Missing_NamesField()
        => Product(Support.Snapshots.Passing.Product() with { PickupRate24h = null }).Rule("PickupRate24h").MissingFields.Should().Equal("product.PickupRate24h");

    [Fact]
    public void Evaluate_ClearedProductMeetingStandardAgain_MayBePromotedAgain()
        => Product(Support.Snapshots.Passing.Product() with { IsCleared = true, ClearedDate = AsOf.AddDays(-1) }).Passed.Should().BeTrue();

    [Fact]
    public void PickupRate24h_Cleared_ReasonAndMessages()
    {
        var rule = Product(Support.Snapshots.Passing.Product() with { PickupRate24h = 0.35m }).Rule("PickupRate24h");
        rule.Rule.ReasonCode.Should().Be("PRODUCT_PICKUP_RATE_LOW");
        rule.GetMessage(ShippedRules.ZhCn).Should().Be("24小时支付揽收率 0.35 低于 0.40，商品将被清退");
    }
}
