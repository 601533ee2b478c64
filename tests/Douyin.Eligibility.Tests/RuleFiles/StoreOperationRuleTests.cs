using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>StoreOperationAdmission (four areas) and the StoreOperationPenalty ladder.</summary>
public class StoreOperationRuleTests
{
    private static readonly DateOnly AsOf = StoreOperationAsOf;

    private static WorkflowResult Admission(StoreOperationProviderSnapshot provider) => ShippedRules.Evaluate("StoreOperationAdmission", provider.AsOf, provider);

    private static WorkflowResult Penalty(StoreOperationProviderSnapshot provider) => ShippedRules.Evaluate("StoreOperationPenalty", provider.AsOf, provider);

    /// <summary>The ladder decision per docs/rule-conventions.md: the most severe level whose rule passed.</summary>
    private static string Level(WorkflowResult result)
    {
        string[] order = ["ServiceHidden", "Delisted", "Banned", "ClearedOut"];
        return result.Results.Where(r => r.Passed)
            .Select(r => r.Rule.Properties["PenaltyLevel"].GetString()!)
            .OrderByDescending(level => Array.IndexOf(order, level))
            .FirstOrDefault() ?? "None";
    }

    private static StoreOperationProviderSnapshot WithPoints(int points)
        => StoreOperationProvider() with { Violations = points == 0 ? [] : [Violation(AsOf.AddDays(-5), points)] };

    [Fact]
    public void Evaluate_PassingProvider_IsAdmitted()
        => Admission(StoreOperationProvider()).NotPassed().Should().BeEmpty();

    [Theory]
    [InlineData(StoreOperationModules.StoreDecoration, "ModuleStoreDecoration")]
    [InlineData(StoreOperationModules.ProductListing, "ModuleProductListing")]
    [InlineData(StoreOperationModules.OrderManagement, "ModuleOrderManagement")]
    public void CoreSoftwareModules_OneCoreModuleMissing_Fails(string missing, string child)
    {
        var provider = StoreOperationProvider();
        var result = Admission(provider with { SoftwareModules = provider.SoftwareModules.Where(m => m != missing).ToArray() });
        var rule = result.Rule("CoreSoftwareModules");
        rule.Outcome.Should().Be(RuleOutcome.Failed);
        rule.Children.Single(c => c.Outcome == RuleOutcome.Failed).Name.Should().Be(child);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void CoreSoftwareModules_ListNotKnownComplete_MissingModuleIsIndeterminate(bool? known)
    {
        var provider = StoreOperationProvider() with { SoftwareModules = [StoreOperationModules.StoreDecoration, StoreOperationModules.OrderManagement], SoftwareModulesKnown = known };
        var rule = Admission(provider).Rule("CoreSoftwareModules");
        rule.Outcome.Should().Be(RuleOutcome.Indeterminate);
        rule.Children.Single(c => c.Outcome == RuleOutcome.Indeterminate).Name.Should().Be("ModuleProductListing");
        rule.Children.Where(c => c.Name != "ModuleProductListing").Should().OnlyContain(c => c.Outcome == RuleOutcome.Passed);
    }

    [Fact]
    public void CoreSoftwareModules_ListLeftOutAndNotKnown_IsIndeterminateNamingTheField()
    {
        var rule = Admission(StoreOperationProvider() with { SoftwareModules = [], SoftwareModulesKnown = null }).Rule("CoreSoftwareModules");
        rule.Outcome.Should().Be(RuleOutcome.Indeterminate);
        rule.MissingFields.Should().Contain("provider.SoftwareModulesKnown");
    }

    [Fact]
    public void CoreSoftwareModules_AllCoreListedCompletenessUnknown_Passes()
        => Admission(StoreOperationProvider() with { SoftwareModulesKnown = null }).Outcome("CoreSoftwareModules").Should().Be(RuleOutcome.Passed);

    [Fact]
    public void CoreSoftwareModules_OnlyOptionalModules_Fails()
        => Admission(StoreOperationProvider() with { SoftwareModules = [StoreOperationModules.ProductPhotography, StoreOperationModules.Logistics] })
            .Outcome("CoreSoftwareModules").Should().Be(RuleOutcome.Failed);

    [Theory]
    [InlineData(0, 1, "CooperationCases")]
    [InlineData(1, 0, "StampedValidContracts")]
    public void Cooperation_NoCaseOrNoStampedContract_Fails(int cases, int contracts, string failing)
        => Admission(StoreOperationProvider() with { CooperationCaseCount = cases, StampedValidContractCount = contracts })
            .NotPassed().Should().Equal(failing);

    [Fact]
    public void Cooperation_OneCaseAndOneContract_Passes()
        => Admission(StoreOperationProvider() with { CooperationCaseCount = 1, StampedValidContractCount = 1 }).Passed.Should().BeTrue();

    [Theory]
    [InlineData(2023, 6, 30, RuleOutcome.Passed)]
    [InlineData(2023, 7, 1, RuleOutcome.Failed)]
    public void RegisteredYears_AnniversaryOnAsOf_Counts(int year, int month, int day, RuleOutcome expected)
        => Admission(StoreOperationProvider() with { RegisteredDate = new DateOnly(year, month, day) }).Outcome("RegisteredYears").Should().Be(expected);

    [Fact]
    public void RegisteredYears_DateUnknown_NamesField()
        => Admission(StoreOperationProvider() with { RegisteredDate = null }).Rule("RegisteredYears").MissingFields.Should().Equal("provider.RegisteredFullYears");

    [Theory]
    [InlineData(20, RuleOutcome.Passed)]
    [InlineData(19, RuleOutcome.Failed)]
    public void EmployeeCount_AroundTwenty_PassesFromTwenty(int employees, RuleOutcome expected)
        => Admission(StoreOperationProvider() with { EmployeeCount = employees }).Outcome("EmployeeCount").Should().Be(expected);

    [Theory]
    [InlineData(false, RuleOutcome.Failed)]
    [InlineData(null, RuleOutcome.Indeterminate)]
    public void FixedOffice_Missing_Fails(bool? office, RuleOutcome expected)
        => Admission(StoreOperationProvider() with { HasFixedOffice = office }).Outcome("FixedOffice").Should().Be(expected);

    [Fact]
    public void EnterpriseQualification_Invalid_Fails()
        => Admission(StoreOperationProvider() with { EnterpriseQualificationValid = false }).Outcome("EnterpriseQualification").Should().Be(RuleOutcome.Failed);

    [Theory]
    [InlineData(100_000_000L, RuleOutcome.Passed)]
    [InlineData(99_999_999L, RuleOutcome.Failed)]
    public void RegisteredCapital_AroundOneMillionYuan_PassesFromOneMillion(long fen, RuleOutcome expected)
        => Admission(StoreOperationProvider() with { RegisteredCapitalFen = fen }).Outcome("RegisteredCapital").Should().Be(expected);

    [Theory]
    [InlineData(5_000_000L, RuleOutcome.Passed)]
    [InlineData(4_999_999L, RuleOutcome.Failed)]
    public void Deposit_AroundFiftyThousandYuan_PassesFromFiftyThousand(long fen, RuleOutcome expected)
        => Admission(StoreOperationProvider() with { DepositPaidFen = fen }).Outcome("Deposit").Should().Be(expected);

    [Fact]
    public void Deposit_Insufficient_Messages()
    {
        var rule = Admission(StoreOperationProvider() with { DepositPaidFen = 1_000_000 }).Rule("Deposit");
        rule.Rule.ReasonCode.Should().Be("STOREOP_DEPOSIT_INSUFFICIENT");
        rule.GetMessage(ShippedRules.ZhCn).Should().Be("已缴保证金 1000000 分，低于 5000000 分（5万元）");
    }

    [Fact]
    public void Rules_Admission_EachHasOneOfFourAreas()
        => ShippedRules.Set.GetWorkflow("StoreOperationAdmission", AsOf).Rules
            .Select(r => r.Properties["Area"].GetString()).Distinct()
            .Should().BeEquivalentTo("Software", "Cooperation", "Capability", "Hardware");

    [Theory]
    [InlineData(0, "None")]
    [InlineData(3, "None")]
    [InlineData(4, "ServiceHidden")]
    [InlineData(11, "ServiceHidden")]
    [InlineData(12, "Delisted")]
    [InlineData(23, "Delisted")]
    [InlineData(24, "Banned")]
    [InlineData(47, "Banned")]
    [InlineData(48, "ClearedOut")]
    [InlineData(100, "ClearedOut")]
    public void PenaltyLadder_EveryThreshold_GivesMostSevereLevelReached(int points, string expected)
        => Level(Penalty(WithPoints(points))).Should().Be(expected);

    [Fact]
    public void PenaltyLadder_PointsOfLastYear_AreReset()
    {
        var provider = StoreOperationProvider() with { Violations = [Violation(new DateOnly(2023, 12, 31), 50), Violation(new DateOnly(2024, 1, 1), 4)] };
        Level(Penalty(provider)).Should().Be("ServiceHidden");
    }

    [Fact]
    public void PenaltyLadder_UpheldAppeal_DoesNotCount()
    {
        var provider = StoreOperationProvider() with { Violations = [Violation(AsOf.AddDays(-3), 30, appealUpheld: true), Violation(AsOf.AddDays(-2), 12)] };
        Level(Penalty(provider)).Should().Be("Delisted");
    }

    [Fact]
    public void PenaltyLadder_HistoryUnknown_BelowThresholdIsIndeterminate()
    {
        var result = Penalty(WithPoints(12) with { ViolationHistoryFrom = null });
        result.Outcome("ServiceHidden").Should().Be(RuleOutcome.Passed);
        result.Outcome("Delisted").Should().Be(RuleOutcome.Passed);
        result.Outcome("Banned").Should().Be(RuleOutcome.Indeterminate);
        result.Rule("ClearedOut").MissingFields.Should().Equal("provider.ViolationHistoryFrom");
    }

    [Fact]
    public void PenaltyLadder_HistoryStartingAfterFirstOfJanuary_IsIndeterminateBelowThreshold()
        => Penalty(WithPoints(0) with { ViolationHistoryFrom = new DateOnly(AsOf.Year, 1, 2) }).Outcome("ServiceHidden").Should().Be(RuleOutcome.Indeterminate);

    [Fact]
    public void PenaltyLadder_HistoryFromFirstOfJanuary_CoversTheYear()
        => Penalty(WithPoints(0) with { ViolationHistoryFrom = new DateOnly(AsOf.Year, 1, 1) }).Outcome("ServiceHidden").Should().Be(RuleOutcome.Failed);

    [Fact]
    public void PenaltyLadder_Rules_HaveLevelsAndAssumedThresholds()
    {
        var workflow = ShippedRules.Set.GetWorkflow("StoreOperationPenalty", AsOf);
        workflow.Rules.Select(r => r.Properties["PenaltyLevel"].GetString()).Should().Equal("ServiceHidden", "Delisted", "Banned", "ClearedOut");
        workflow.Parameters.Should().Contain(new Dictionary<string, object?> { ["ServiceHiddenMinPoints"] = 4, ["DelistedMinPoints"] = 12, ["BannedMinPoints"] = 24, ["ClearedOutMinPoints"] = 48 });
        var assumptions = workflow.Properties["Assumptions"].EnumerateObject().Select(p => p.Name);
        assumptions.Should().BeEquivalentTo("ServiceHiddenMinPoints", "DelistedMinPoints", "BannedMinPoints", "ClearedOutMinPoints");
    }

    [Fact]
    public void PenaltyLadder_Messages_ShowPointsAndThreshold()
    {
        var rule = Penalty(WithPoints(12)).Rule("Delisted");
        rule.Rule.ReasonCode.Should().Be("PENALTY_DELISTED");
        rule.GetMessage(ShippedRules.ZhCn).Should().Be("本年度累计违规积分 12 分；「下架」处罚阈值为 12 分");
        rule.GetMessage(ShippedRules.En).Should().Be("Current-year violation points: 12; the delisted threshold is 12 points");
    }
}
