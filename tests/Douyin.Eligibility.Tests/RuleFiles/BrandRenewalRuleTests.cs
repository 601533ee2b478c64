using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>BrandProviderRenewal: hard gates, and scorecard bands scored per docs/rule-conventions.md.</summary>
public class BrandRenewalRuleTests
{
    private const string Workflow = "BrandProviderRenewal";
    private static readonly DateOnly AsOf = RenewalAsOf;

    private static WorkflowResult Evaluate(BrandProviderSnapshot provider) => ShippedRules.Evaluate(Workflow, AsOf, provider);

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    private static IEnumerable<RuleResult> Gates(WorkflowResult result) => result.Results.Where(r => !r.Rule.Properties.ContainsKey("Criterion"));

    /// <summary>Points per criterion: the highest band that passed, 0 if none.</summary>
    private static Dictionary<string, decimal> Scores(WorkflowResult result)
        => result.Results.Where(r => r.Rule.Properties.ContainsKey("Criterion"))
            .GroupBy(r => r.Rule.Properties["Criterion"].GetString()!)
            .ToDictionary(g => g.Key, g => g.Where(r => r.Passed).Select(r => r.Rule.Properties["Points"].GetDecimal()).DefaultIfEmpty(0m).Max());

    private static decimal Total(WorkflowResult result) => Scores(result).Values.Sum();

    private static decimal PassMark => Convert.ToDecimal(ShippedRules.Set.GetWorkflow(Workflow, AsOf).Parameters["ScorecardPassMark"], CultureInfo.InvariantCulture);

    [Fact]
    public void Evaluate_PassingProvider_AllGatesPassAndFullScore()
    {
        var result = Evaluate(BrandProvider());
        result.Passed.Should().BeTrue();
        Total(result).Should().Be(100m);
        PassMark.Should().Be(60m);
    }

    [Fact]
    public void Rules_Gates_AreTheElevenHardConditions()
        => Gates(Evaluate(BrandProvider())).Select(r => r.Name).Should().Equal(
            "QualificationReviewPassed", "SubmissionsOnTime", "RenewalEligibilityNotRevoked", "StandardContracts", "InformationSecurity",
            "NoFakeOrders", "NoHarmfulInformation", "CertifiedBeforeCutoff", "BoundMerchantsGmv30d", "DepositPaidInFull", "SupplementaryAgreementSigned");

    public static TheoryData<string, Func<BrandProviderSnapshot, BrandProviderSnapshot>> FailingGates => new()
    {
        { "QualificationReviewPassed", p => p with { QualificationReviewPassed = false } },
        { "SubmissionsOnTime", p => p with { SubmissionsOnTime = false } },
        { "RenewalEligibilityNotRevoked", p => p with { RenewalEligibilityRevoked = true } },
        { "StandardContracts", p => p with { StandardContractCount = 0 } },
        { "StandardContracts", p => p with { ContractsDefineRightsAndDuties = false } },
        { "StandardContracts", p => p with { ContractsBindMerchantsToPlatformRules = false } },
        { "InformationSecurity", p => p with { DataBackupInPlace = false } },
        { "InformationSecurity", p => p with { AccountManagementProcessInPlace = false } },
        { "NoFakeOrders", p => p with { FakeOrdersFound = true } },
        { "NoHarmfulInformation", p => p with { HarmfulInformationFound = true } },
        { "CertifiedBeforeCutoff", p => p with { CertifiedDate = new DateOnly(2022, 12, 26) } },
        { "BoundMerchantsGmv30d", p => p with { BoundMerchantsSelfSaleGmv30dFen = 99_999_999 } },
        { "DepositPaidInFull", p => p with { DepositPaidInFull = false } },
        { "SupplementaryAgreementSigned", p => p with { SupplementaryAgreementSigned = false } },
    };

    [Theory]
    [MemberData(nameof(FailingGates))]
    public void HardGate_OneConditionBroken_OnlyThatGateFails(string gate, Func<BrandProviderSnapshot, BrandProviderSnapshot> change)
    {
        var result = Evaluate(change(BrandProvider()));
        Gates(result).Where(r => !r.Passed).Select(r => r.Name).Should().Equal(gate);
        result.Rule(gate).Outcome.Should().Be(RuleOutcome.Failed);
    }

    [Fact]
    public void CertifiedBeforeCutoff_OnCutoffDay_Passes()
        => Evaluate(BrandProvider() with { CertifiedDate = new DateOnly(2022, 12, 25) }).Outcome("CertifiedBeforeCutoff").Should().Be(RuleOutcome.Passed);

    [Fact]
    public void BoundMerchantsGmv30d_ExactlyOneMillionYuan_Passes()
        => Evaluate(BrandProvider() with { BoundMerchantsSelfSaleGmv30dFen = 100_000_000 }).Outcome("BoundMerchantsGmv30d").Should().Be(RuleOutcome.Passed);

    [Fact]
    public void BoundMerchantsGmv30d_Missing_IsIndeterminateNamingField()
    {
        var rule = Evaluate(BrandProvider() with { BoundMerchantsSelfSaleGmv30dFen = null }).Rule("BoundMerchantsGmv30d");
        rule.Outcome.Should().Be(RuleOutcome.Indeterminate);
        rule.MissingFields.Should().Equal("provider.BoundMerchantsSelfSaleGmv30dFen");
    }

    [Fact]
    public void BoundMerchantsGmv30d_Below_Messages()
    {
        var rule = Evaluate(BrandProvider() with { BoundMerchantsSelfSaleGmv30dFen = 80_000_000 }).Rule("BoundMerchantsGmv30d");
        rule.Rule.ReasonCode.Should().Be("RENEWAL_GMV_BELOW_MINIMUM");
        rule.GetMessage(ShippedRules.ZhCn).Should().Be("考核期（2022-12-26至2023-01-25）绑定商家有效自卖结算GMV 80000000 分，低于 100000000 分（100万元）");
    }

    [Fact]
    public void CertifiedBeforeCutoff_Late_MessageShowsDates()
        => Evaluate(BrandProvider() with { CertifiedDate = new DateOnly(2023, 1, 2) }).Rule("CertifiedBeforeCutoff").GetMessage(ShippedRules.En)
            .Should().Be("The provider was certified on 2023-01-02, after 2022-12-25; only providers certified on or before it take part in this renewal");

    [Theory]
    [InlineData("0.03", 10)]
    [InlineData("0.0299", 5)]
    [InlineData("0.02", 5)]
    [InlineData("0.0199", 0)]
    public void Scorecard_AdClickThroughRate_BandPoints(string ctr, int points)
        => Scores(Evaluate(BrandProvider() with { AdClickThroughRate = D(ctr) }))["AdClickThroughRate"].Should().Be(points);

    [Theory]
    [InlineData("80", 10)]
    [InlineData("79.9", 5)]
    [InlineData("60", 5)]
    [InlineData("59", 0)]
    public void Scorecard_ContentCreativity_BandPoints(string score, int points)
        => Scores(Evaluate(BrandProvider() with { ContentCreativityScore = D(score) }))["ContentCreativity"].Should().Be(points);

    [Theory]
    [InlineData("0.05", 10)]
    [InlineData("0.03", 5)]
    [InlineData("0.029", 0)]
    public void Scorecard_OrderConversionRate_BandPoints(string rate, int points)
        => Scores(Evaluate(BrandProvider() with { OrderConversionRate = D(rate) }))["OrderConversionRate"].Should().Be(points);

    [Theory]
    [InlineData(10, 10)]
    [InlineData(9, 5)]
    [InlineData(3, 5)]
    [InlineData(2, 0)]
    public void Scorecard_BrandsServed_BandPoints(int brands, int points)
        => Scores(Evaluate(BrandProvider() with { BrandsServed = brands }))["BrandsServed"].Should().Be(points);

    [Theory]
    [InlineData("0.90", 10)]
    [InlineData("0.80", 5)]
    [InlineData("0.7999", 0)]
    public void Scorecard_CustomerSatisfaction_BandPoints(string rate, int points)
        => Scores(Evaluate(BrandProvider() with { CustomerSatisfactionRate = D(rate) }))["CustomerSatisfaction"].Should().Be(points);

    [Theory]
    [InlineData(6, 10)]
    [InlineData(2, 5)]
    [InlineData(1, 0)]
    public void Scorecard_PromotionActivity_BandPoints(int count, int points)
        => Scores(Evaluate(BrandProvider() with { PromotionActivityCount = count }))["PromotionActivity"].Should().Be(points);

    [Theory]
    [InlineData("15", 10)]
    [InlineData("15.1", 5)]
    [InlineData("30", 5)]
    [InlineData("30.5", 0)]
    public void Scorecard_ResponseTime_LowerIsBetter(string minutes, int points)
        => Scores(Evaluate(BrandProvider() with { AvgResponseMinutes = D(minutes) }))["ResponseTime"].Should().Be(points);

    [Theory]
    [InlineData(20, 5)]
    [InlineData(10, 3)]
    [InlineData(9, 0)]
    public void Scorecard_TeamSize_BandPoints(int size, int points)
        => Scores(Evaluate(BrandProvider() with { TeamSize = size }))["TeamSize"].Should().Be(points);

    [Theory]
    [InlineData(3, 5)]
    [InlineData(2, 3)]
    [InlineData(1, 0)]
    public void Scorecard_BusinessLines_BandPoints(int lines, int points)
        => Scores(Evaluate(BrandProvider() with { BusinessLineCount = lines }))["BusinessLines"].Should().Be(points);

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 0)]
    public void Scorecard_Violations_FewerIsBetter(int count, int points)
        => Scores(Evaluate(BrandProvider() with { ViolationCount = count }))["Violations"].Should().Be(points);

    [Fact]
    public void Scorecard_FlagCriteria_FiveEachOrZero()
    {
        Scores(Evaluate(BrandProvider()))
            .Where(s => s.Key is "ServiceProcess" or "BusinessPlan" or "RiskManagement").Select(s => s.Value).Should().Equal(5m, 5m, 5m);
        var scores = Scores(Evaluate(BrandProvider() with { ServiceProcessDefined = false, BusinessPlanInPlace = null, RiskManagementInPlace = false }));
        (scores["ServiceProcess"] + scores["BusinessPlan"] + scores["RiskManagement"]).Should().Be(0m);
    }

    [Fact]
    public void Scorecard_MissingValue_ScoresZeroAndNamesField()
    {
        var result = Evaluate(BrandProvider() with { AdClickThroughRate = null });
        Scores(result)["AdClickThroughRate"].Should().Be(0m);
        result.Rule("AdClickThroughRateTier1").MissingFields.Should().Equal("provider.AdClickThroughRate");
    }

    [Fact]
    public void Scorecard_WeakProvider_FallsBelowPassMarkWhileGatesPass()
    {
        var weak = BrandProvider() with
        {
            ContentCreativityScore = 50m, AdClickThroughRate = 0.01m, OrderConversionRate = 0.01m, BrandsServed = 1,
            CustomerSatisfactionRate = 0.85m, PromotionActivityCount = 2, AvgResponseMinutes = 45m, TeamSize = 12, BusinessLineCount = 1,
        };
        var result = Evaluate(weak);
        Gates(result).Should().OnlyContain(r => r.Passed);
        Total(result).Should().Be(5 + 5 + 3 + 5 + 5 + 5 + 5);
        Total(result).Should().BeLessThan(PassMark);
    }

    [Fact]
    public void Scorecard_MaximumOfAllTopBands_IsOneHundred()
        => ShippedRules.Set.GetWorkflow(Workflow, AsOf).Rules.Where(r => r.Properties.ContainsKey("Criterion"))
            .GroupBy(r => r.Properties["Criterion"].GetString())
            .Sum(g => g.Max(r => r.Properties["Points"].GetDecimal()))
            .Should().Be(100m);

    [Fact]
    public void Scorecard_EveryThresholdParam_IsDocumentedAsAssumption()
    {
        var workflow = ShippedRules.Set.GetWorkflow(Workflow, AsOf);
        var assumptions = workflow.Properties["Assumptions"].EnumerateObject().Select(p => p.Name).ToList();
        var tierParams = workflow.Parameters.Keys.Where(k => k.Contains("Tier", StringComparison.Ordinal)).ToList();
        tierParams.Should().HaveCount(20);
        assumptions.Should().Contain(tierParams).And.Contain("ScorecardPassMark").And.Contain("MinStandardContracts");
        assumptions.Should().NotContain(["MinBoundMerchantsGmv30dFen", "LatestCertifiedDate"]);
    }

    [Fact]
    public void Parameters_SourcedThresholds_AreConstants()
        => ShippedRules.Set.GetWorkflow(Workflow, AsOf).Parameters.Should().Contain(new Dictionary<string, object?>
        {
            ["MinBoundMerchantsGmv30dFen"] = 100_000_000,
            ["LatestCertifiedDate"] = new DateOnly(2022, 12, 25),
            ["ScorecardPassMark"] = 60,
        });
}
