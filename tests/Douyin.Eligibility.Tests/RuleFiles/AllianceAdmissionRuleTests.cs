using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>The default (seed 002, 2024-07-25) AllianceAdmission workflow, rule by rule at its boundaries.</summary>
public class AllianceAdmissionRuleTests
{
    private const string Workflow = "AllianceAdmission";
    private static readonly DateOnly AsOf = AllianceAsOf;

    private static WorkflowResult Evaluate(MerchantSnapshot merchant) => ShippedRules.Evaluate(Workflow, AsOf, merchant);

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Fact]
    public void Evaluate_PassingMerchant_IsSuccess()
    {
        var result = Evaluate(Merchant());
        result.NotPassed().Should().BeEmpty();
        result.Passed.Should().BeTrue();
        result.Workflow.Version.Should().Be("2024-07-25");
    }

    [Fact]
    public void Rules_DefaultVersion_CoverEveryConditionInOrder()
        => ShippedRules.Set.GetWorkflow(Workflow, AsOf).Rules.Select(r => r.Name).Should().Equal(
            "SettledAndStoreOpened", "StoreStatusNormal", "AccountStatusNormal", "Gmv30dPositive", "StoreScore", "PositiveRate",
            "WarehouseInspection", "AllianceConnected", "ErpIntegrated", "NoEvasionPenalty365d", "ControllerStoresNoSeriousViolationPenalty",
            "ControllerStoresNoTransactionSafetyIncident", "NeverClearedForViolation", "OpeningsRemaining");

    [Theory]
    [InlineData("4.1", RuleOutcome.Failed)]
    [InlineData("4.11", RuleOutcome.Passed)]
    [InlineData("4.0", RuleOutcome.Failed)]
    [InlineData("5", RuleOutcome.Passed)]
    public void StoreScore_AtBoundary_IsStrictlyAbove4Point1(string score, RuleOutcome expected)
        => Evaluate(Merchant() with { StoreScore = D(score) }).Outcome("StoreScore").Should().Be(expected);

    [Theory]
    [InlineData("0.75", RuleOutcome.Failed)]
    [InlineData("0.7501", RuleOutcome.Passed)]
    [InlineData("0.7499", RuleOutcome.Failed)]
    public void PositiveRate_AtBoundary_IsStrictlyAbove75Percent(string rate, RuleOutcome expected)
        => Evaluate(Merchant() with { PositiveRate = D(rate) }).Outcome("PositiveRate").Should().Be(expected);

    [Theory]
    [InlineData(0L, RuleOutcome.Failed)]
    [InlineData(1L, RuleOutcome.Passed)]
    public void Gmv30d_ZeroOrOneFen_MustBeAboveZero(long fen, RuleOutcome expected)
        => Evaluate(Merchant() with { Gmv30dFen = fen }).Outcome("Gmv30dPositive").Should().Be(expected);

    [Fact]
    public void StoreScore_Missing_IsIndeterminateAndNamesField()
    {
        var result = Evaluate(Merchant() with { StoreScore = null });
        result.Outcome.Should().Be(RuleOutcome.Indeterminate);
        result.Rule("StoreScore").Outcome.Should().Be(RuleOutcome.Indeterminate);
        result.Rule("StoreScore").MissingFields.Should().Equal("merchant.StoreScore");
    }

    [Fact]
    public void Gmv30d_Missing_IsIndeterminateAndNamesField()
        => Evaluate(Merchant() with { Gmv30dFen = null }).Rule("Gmv30dPositive").MissingFields.Should().Equal("merchant.Gmv30dFen");

    [Fact]
    public void Evaluate_OneFailureAndOneMissing_WorkflowFails()
        => Evaluate(Merchant() with { StoreScore = 4.1m, PositiveRate = null }).Outcome.Should().Be(RuleOutcome.Failed);

    [Fact]
    public void StoreScore_AtThreshold_MessagesShowValueAndThreshold()
    {
        var rule = Evaluate(Merchant() with { StoreScore = 4.1m }).Rule("StoreScore");
        rule.Rule.ReasonCode.Should().Be("ALLIANCE_STORE_SCORE_LOW");
        rule.GetMessage(ShippedRules.ZhCn).Should().Be("店铺评分 4.1 未高于 4.1");
        rule.GetMessage(ShippedRules.En).Should().Be("Store score 4.1 is not above 4.1");
        rule.Message.Should().Be("Store score 4.1 is not above 4.1");
    }

    [Fact]
    public void Explain_StoreScoreBelow_GivesGapToNextValue()
    {
        var rule = ShippedRules.Explain(Workflow, AsOf, Merchant() with { StoreScore = 4.05m }).Rule("StoreScore");
        rule.Gaps.Should().ContainSingle().Which.Required.Should().Be(4.11m);
    }

    [Theory]
    [InlineData(false, true, RuleOutcome.Failed)]
    [InlineData(true, false, RuleOutcome.Failed)]
    [InlineData(null, true, RuleOutcome.Indeterminate)]
    [InlineData(true, true, RuleOutcome.Passed)]
    public void SettledAndStoreOpened_EachCombination_PassesOnlyWhenBothTrue(bool? settled, bool? opened, RuleOutcome expected)
        => Evaluate(Merchant() with { IsSettled = settled, IsStoreOpened = opened }).Outcome("SettledAndStoreOpened").Should().Be(expected);

    [Theory]
    [InlineData(false, RuleOutcome.Failed)]
    [InlineData(null, RuleOutcome.Indeterminate)]
    public void StoreStatusNormal_NotNormal_Fails(bool? normal, RuleOutcome expected)
        => Evaluate(Merchant() with { IsStoreStatusNormal = normal }).Outcome("StoreStatusNormal").Should().Be(expected);

    [Theory]
    [InlineData(false, RuleOutcome.Failed)]
    [InlineData(null, RuleOutcome.Indeterminate)]
    public void AccountStatusNormal_NotNormal_Fails(bool? normal, RuleOutcome expected)
        => Evaluate(Merchant() with { IsAccountStatusNormal = normal }).Outcome("AccountStatusNormal").Should().Be(expected);

    [Theory]
    [InlineData(false, false, RuleOutcome.Failed)]
    [InlineData(true, false, RuleOutcome.Passed)]
    [InlineData(true, null, RuleOutcome.Passed)]
    [InlineData(null, true, RuleOutcome.Passed)]
    [InlineData(null, false, RuleOutcome.Indeterminate)]
    [InlineData(false, null, RuleOutcome.Indeterminate)]
    public void WarehouseInspection_VirtualGoodsOnly_AreExempt(bool? virtualOnly, bool? passed, RuleOutcome expected)
        => Evaluate(Merchant() with { SellsVirtualGoodsOnly = virtualOnly, WarehouseInspectionPassed = passed }).Outcome("WarehouseInspection").Should().Be(expected);

    [Theory]
    [InlineData(false, false, RuleOutcome.Failed)]
    [InlineData(true, false, RuleOutcome.Passed)]
    [InlineData(false, true, RuleOutcome.Passed)]
    public void AllianceConnected_VirtualGoodsOnly_AreExempt(bool? virtualOnly, bool? connected, RuleOutcome expected)
        => Evaluate(Merchant() with { SellsVirtualGoodsOnly = virtualOnly, IsAllianceConnected = connected }).Outcome("AllianceConnected").Should().Be(expected);

    [Theory]
    [InlineData(false, false, RuleOutcome.Failed)]
    [InlineData(true, false, RuleOutcome.Passed)]
    [InlineData(false, true, RuleOutcome.Passed)]
    [InlineData(false, null, RuleOutcome.Indeterminate)]
    public void ErpIntegrated_VirtualGoodsOnly_AreExempt(bool? virtualOnly, bool? erp, RuleOutcome expected)
        => Evaluate(Merchant() with { SellsVirtualGoodsOnly = virtualOnly, IsErpIntegrated = erp }).Outcome("ErpIntegrated").Should().Be(expected);

    [Fact]
    public void Evaluate_VirtualGoodsStoreWithoutWarehouseAllianceOrErp_IsSuccess()
        => Evaluate(Merchant() with { SellsVirtualGoodsOnly = true, WarehouseInspectionPassed = false, IsAllianceConnected = false, IsErpIntegrated = null })
            .Passed.Should().BeTrue();

    [Theory]
    [InlineData(0, RuleOutcome.Failed)]
    [InlineData(-364, RuleOutcome.Failed)]
    [InlineData(-365, RuleOutcome.Passed)]
    [InlineData(-400, RuleOutcome.Passed)]
    public void NoEvasionPenalty365d_PublishingEvasionPenalty_CountsOnlyInsideWindow(int daysFromAsOf, RuleOutcome expected)
    {
        var merchant = Merchant() with { Penalties = [Penalty(PenaltyRules.PublishingEvasion, AsOf.AddDays(daysFromAsOf))] };
        Evaluate(merchant).Outcome("NoEvasionPenalty365d").Should().Be(expected);
    }

    [Theory]
    [InlineData(PenaltyRules.MerchantViolation)]
    [InlineData(PenaltyRules.SeriousViolation)]
    [InlineData("SomeOtherRule")]
    public void NoEvasionPenalty365d_PenaltyUnderAnotherRule_DoesNotCount(string rule)
        => Evaluate(Merchant() with { Penalties = [Penalty(rule, AsOf.AddDays(-10))] }).Outcome("NoEvasionPenalty365d").Should().Be(RuleOutcome.Passed);

    [Fact]
    public void NoEvasionPenalty365d_HistoryUnknownAndNoPenalty_IsIndeterminateNamingHistoryFrom()
    {
        var rule = Evaluate(Merchant() with { PenaltyHistoryFrom = null }).Rule("NoEvasionPenalty365d");
        rule.Outcome.Should().Be(RuleOutcome.Indeterminate);
        rule.MissingFields.Should().Equal("merchant.PenaltyHistoryFrom");
    }

    [Theory]
    [InlineData(-364, RuleOutcome.Passed)]
    [InlineData(-363, RuleOutcome.Indeterminate)]
    [InlineData(-30, RuleOutcome.Indeterminate)]
    public void NoEvasionPenalty365d_HistoryStartInsideWindow_IsIndeterminate(int historyFromDays, RuleOutcome expected)
        => Evaluate(Merchant() with { PenaltyHistoryFrom = AsOf.AddDays(historyFromDays) }).Outcome("NoEvasionPenalty365d").Should().Be(expected);

    [Fact]
    public void NoEvasionPenalty365d_HistoryUnknownButPenaltyInWindow_Fails()
        => Evaluate(Merchant() with { PenaltyHistoryFrom = null, Penalties = [Penalty(PenaltyRules.PublishingEvasion, AsOf.AddDays(-1))] })
            .Outcome("NoEvasionPenalty365d").Should().Be(RuleOutcome.Failed);

    private static readonly string[] ControllerRules = ["ControllerStoresNoSeriousViolationPenalty", "ControllerStoresNoTransactionSafetyIncident"];

    [Fact]
    public void ControllerStores_KnownAndNone_BothPass()
    {
        var result = Evaluate(Merchant() with { ControllerStores = [] });
        ControllerRules.Select(n => result.Outcome(n)).Should().Equal(RuleOutcome.Passed, RuleOutcome.Passed);
    }

    [Fact]
    public void ControllerStores_SeriousViolationFlag_FailsOnlyTheSeriousViolationRule()
    {
        var result = Evaluate(Merchant() with { ControllerStores = [new ControllerStoreSnapshot { Id = "X", HasSeriousViolationPenalty = true, HasSeriousTransactionSafetyIncident = false }] });
        ControllerRules.Select(n => result.Outcome(n)).Should().Equal(RuleOutcome.Failed, RuleOutcome.Passed);
        result.Rule("ControllerStoresNoSeriousViolationPenalty").Rule.ReasonCode.Should().Be("ALLIANCE_CONTROLLER_STORE_SERIOUS_VIOLATION");
    }

    [Fact]
    public void ControllerStores_TransactionSafetyIncident_FailsOnlyTheTransactionSafetyRule()
    {
        var result = Evaluate(Merchant() with { ControllerStores = [new ControllerStoreSnapshot { Id = "X", HasSeriousViolationPenalty = false, HasSeriousTransactionSafetyIncident = true }] });
        ControllerRules.Select(n => result.Outcome(n)).Should().Equal(RuleOutcome.Passed, RuleOutcome.Failed);
        result.Rule("ControllerStoresNoTransactionSafetyIncident").Rule.ReasonCode.Should().Be("ALLIANCE_CONTROLLER_STORE_TRANSACTION_SAFETY");
    }

    [Theory]
    [InlineData(PenaltyRules.SeriousViolation, RuleOutcome.Failed, RuleOutcome.Passed)]
    [InlineData(PenaltyRules.TransactionSafety, RuleOutcome.Passed, RuleOutcome.Failed)]
    [InlineData(PenaltyRules.MerchantViolation, RuleOutcome.Passed, RuleOutcome.Passed)]
    public void ControllerStores_PenaltyRecordOfOtherStore_CountsUnderItsOwnRule(string rule, RuleOutcome serious, RuleOutcome safety)
    {
        var store = new ControllerStoreSnapshot { Id = "X", HasSeriousViolationPenalty = false, HasSeriousTransactionSafetyIncident = false, Penalties = [Penalty(rule, AsOf.AddDays(-900))] };
        ControllerRules.Select(n => Evaluate(Merchant() with { ControllerStores = [store] }).Outcome(n)).Should().Equal(serious, safety);
    }

    [Theory]
    [InlineData("ControllerStoresNoSeriousViolationPenalty")]
    [InlineData("ControllerStoresNoTransactionSafetyIncident")]
    public void ControllerStores_CompletenessUnknown_IsIndeterminateNamingField(string name)
    {
        var rule = Evaluate(Merchant() with { ControllerStoresKnown = null, ControllerStores = [] }).Rule(name);
        rule.Outcome.Should().Be(RuleOutcome.Indeterminate);
        rule.MissingFields.Should().Equal("merchant.ControllerStoresKnown");
    }

    [Fact]
    public void ControllerStores_NotKnownToBeComplete_IsIndeterminate()
        => ControllerRules.Select(n => Evaluate(Merchant() with { ControllerStoresKnown = false, ControllerStores = [] }).Outcome(n))
            .Should().Equal(RuleOutcome.Indeterminate, RuleOutcome.Indeterminate);

    [Fact]
    public void ControllerStores_IncompleteButViolationFound_FailsThatRule()
        => Evaluate(Merchant() with { ControllerStoresKnown = null, ControllerStores = [new ControllerStoreSnapshot { Id = "X", HasSeriousViolationPenalty = true }] })
            .Outcome("ControllerStoresNoSeriousViolationPenalty").Should().Be(RuleOutcome.Failed);

    [Fact]
    public void ControllerStores_StoreFlagUnknown_IsIndeterminateInThatRuleOnly()
        => ControllerRules.Select(n => Evaluate(Merchant() with { ControllerStores = [new ControllerStoreSnapshot { Id = "X", HasSeriousViolationPenalty = null, HasSeriousTransactionSafetyIncident = false }] }).Outcome(n))
            .Should().Equal(RuleOutcome.Indeterminate, RuleOutcome.Passed);

    [Theory]
    [InlineData(false, RuleOutcome.Passed)]
    [InlineData(true, RuleOutcome.Failed)]
    [InlineData(null, RuleOutcome.Indeterminate)]
    public void NeverClearedForViolation_ClosedForViolations_Fails(bool? cleared, RuleOutcome expected)
    {
        var rule = Evaluate(Merchant() with { WasClearedForViolation = cleared }).Rule("NeverClearedForViolation");
        rule.Outcome.Should().Be(expected);
        rule.Rule.ReasonCode.Should().Be("ALLIANCE_CLEARED_FOR_VIOLATION");
    }

    [Theory]
    [InlineData(0, RuleOutcome.Passed)]
    [InlineData(2, RuleOutcome.Passed)]
    [InlineData(3, RuleOutcome.Failed)]
    [InlineData(4, RuleOutcome.Failed)]
    public void OpeningsRemaining_ThreeOpeningsUsed_NotEligible(int used, RuleOutcome expected)
        => Evaluate(Merchant() with { AllianceOpeningsUsed = used }).Outcome("OpeningsRemaining").Should().Be(expected);

    [Fact]
    public void OpeningsRemaining_ThreeUsed_ReasonAndMessages()
    {
        var rule = Evaluate(Merchant() with { AllianceOpeningsUsed = 3 }).Rule("OpeningsRemaining");
        rule.Rule.ReasonCode.Should().Be("ALLIANCE_OPENINGS_EXHAUSTED");
        rule.GetMessage(ShippedRules.ZhCn).Should().Be("已开通精选联盟服务 3 次，每个商家最多可开通 3 次");
    }

    [Fact]
    public void OpeningsRemaining_Missing_NamesField()
        => Evaluate(Merchant() with { AllianceOpeningsUsed = null }).Rule("OpeningsRemaining").MissingFields.Should().Equal("merchant.AllianceOpeningsUsed");

    [Fact]
    public void Parameters_DefaultVersion_HoldSeedThresholds()
        => ShippedRules.Set.GetWorkflow(Workflow, AsOf).Parameters.Should().Contain(new Dictionary<string, object?>
        {
            ["MinStoreScore"] = 4.1m,
            ["MinPositiveRate"] = 0.75m,
            ["MinGmv30dFen"] = 0,
            ["PenaltyWindowDays"] = 365,
            ["MaxAllianceOpenings"] = 3,
            ["EvasionPenaltyRule"] = PenaltyRules.PublishingEvasion,
        });
}
