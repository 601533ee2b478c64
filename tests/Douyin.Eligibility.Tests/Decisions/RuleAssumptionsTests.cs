using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Tests.RuleFiles;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.Decisions;

/// <summary>A decision that rests on an assumed threshold says so in its reason (docs/rule-conventions.md, "Assumed thresholds").</summary>
public class RuleAssumptionsTests
{
    private static readonly Lazy<EligibilityEvaluator> Shipped = new(() => EligibilityEvaluator.Create(ShippedRules.RulesDirectory));

    private static readonly EvaluationSettings Zh = new() { Culture = CultureInfo.GetCultureInfo("zh-CN") };

    [Fact]
    public void StoreOperationAdmission_TooFewEmployees_ReasonIsAnAssumptionAndSaysSo()
    {
        var decision = Shipped.Value.EvaluateStoreOperationAdmission(StoreOperationProvider() with { EmployeeCount = 19 }, EvaluationSettings.English).Decision!;

        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        var reason = decision.Reasons.Should().ContainSingle().Which;
        reason.IsAssumption.Should().BeTrue();
        reason.Assumptions.Should().Equal("MinEmployees");
        reason.Message.Should().EndWith(" (assumed threshold, not from the source: MinEmployees)");
    }

    [Fact]
    public void StoreOperationAdmission_DepositShort_ChineseMessageSaysAssumed()
    {
        var reason = Shipped.Value.EvaluateStoreOperationAdmission(StoreOperationProvider() with { DepositPaidFen = 4_999_999 }, Zh).Decision!.Reasons.Single();

        reason.Assumptions.Should().Equal("MinDepositFen");
        reason.Message.Should().EndWith("（假定阈值，来源未给出：MinDepositFen）");
    }

    [Fact]
    public void StoreOperationAdmission_SourcedRule_IsNoAssumption()
    {
        var reason = Shipped.Value.EvaluateStoreOperationAdmission(StoreOperationProvider() with { SoftwareModules = [], SoftwareModulesKnown = true }, EvaluationSettings.English).Decision!.Reasons.Single();

        reason.Code.Should().Be("STOREOP_CORE_MODULES_MISSING");
        reason.IsAssumption.Should().BeFalse();
        reason.Assumptions.Should().BeEmpty();
        reason.Message.Should().NotContain("assumed");
    }

    [Fact]
    public void AllianceAdmission_SourcedThreshold_IsNoAssumption()
    {
        var reason = Shipped.Value.EvaluateAllianceAdmission(Merchant() with { StoreScore = 4.1m }, EvaluationSettings.English).Decision!.Reasons.Single();

        reason.IsAssumption.Should().BeFalse();
        reason.Message.Should().NotContain("assumed");
    }

    [Fact]
    public void BrandRenewal_ScorecardBelowPassMark_BandReasonsRestOnThePassMark()
    {
        // Every sourced gate passes; the assumed scorecard refuses the renewal.
        var provider = BrandProvider() with { ContentCreativityScore = 0m, AdClickThroughRate = 0m, OrderConversionRate = 0m, BrandsServed = 0, CustomerSatisfactionRate = 0m };

        var decision = Shipped.Value.EvaluateBrandRenewal(provider, EvaluationSettings.English).Decision!;

        decision.Outcome.Should().Be(RenewalOutcome.NotRenewed);
        decision.Scorecard.Passed.Should().BeFalse();
        decision.Scorecard.IsPassMarkAssumed.Should().BeTrue();
        decision.Reasons.Should().NotBeEmpty().And.OnlyContain(r => r.IsAssumption && r.Assumptions.Contains("ScorecardPassMark"));
        decision.Reasons.Should().OnlyContain(r => r.Message.Contains("assumed threshold", StringComparison.Ordinal));
    }

    [Fact]
    public void BrandRenewal_SourcedGate_IsNoAssumption()
    {
        var reason = Shipped.Value.EvaluateBrandRenewal(BrandProvider() with { BoundMerchantsSelfSaleGmv30dFen = 99_999_999 }).Decision!.Reasons.Single();

        reason.Code.Should().Be("RENEWAL_GMV_BELOW_MINIMUM");
        reason.IsAssumption.Should().BeFalse();
    }

    [Fact]
    public void StoreOperationPenalty_ReachedLevel_RestsOnAssumedPoints()
    {
        var provider = StoreOperationProvider() with { Violations = [new Douyin.Eligibility.Snapshots.ProviderViolation { Id = "V-9", Date = StoreOperationAsOf.AddDays(-1), Points = 100, Kind = Douyin.Eligibility.Snapshots.ProviderViolationKinds.FalseInformation }] };

        var decision = Shipped.Value.EvaluateStoreOperationPenalty(provider).Decision!;

        decision.Level.Should().NotBe(PenaltyLevel.None);
        decision.Reasons.Should().NotBeEmpty().And.OnlyContain(r => r.IsAssumption);
    }

    [Fact]
    public void Assumptions_EligibleStoreOperationProvider_NamesEveryAssumedThresholdItPassed()
        => Shipped.Value.EvaluateStoreOperationAdmission(StoreOperationProvider()).Decision!.Assumptions
            .Should().Equal("MinCooperationCases", "MinStampedValidContracts", "MinRegisteredYears", "MinEmployees", "MinRegisteredCapitalFen", "MinDepositFen");

    [Fact]
    public void Assumptions_RefusalForASourcedReason_IsEmpty()
        => Shipped.Value.EvaluateBrandRenewal(BrandProvider() with { DepositPaidInFull = false }).Decision!.Assumptions.Should().BeEmpty();

    [Fact]
    public void Assumptions_AllianceAdmission_IsEmpty()
        => Shipped.Value.EvaluateAllianceAdmission(Merchant()).Decision!.Assumptions.Should().BeEmpty();
}
