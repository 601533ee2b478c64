using Douyin.Eligibility.Reloading;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Api;

namespace Douyin.Eligibility.Tests.Reloading;

public class RequiredWorkflowsTests
{
    private static RuleSetLoadResult Load(string directory) => RuleSet.Load(RuleSource.FromDirectory(directory), EligibilityEvaluator.CreateRuleSetOptions());

    [Fact]
    public void Check_EveryRequiredWorkflowInForce_KeepsTheResult()
    {
        var loaded = Load(TestRules.Directory);

        RequiredWorkflows.Check(loaded, EligibilityWorkflows.All, "rules", new DateOnly(2024, 8, 1)).Should().BeSameAs(loaded);
    }

    [Fact]
    public void Check_ShippedRulesWithTheDefaultRequiredWorkflows_KeepsTheResult()
    {
        var loaded = Load(Douyin.Eligibility.Tests.RuleFiles.ShippedRules.RulesDirectory);

        RequiredWorkflows.Check(loaded, new EligibilityOptions().RequiredWorkflows, "rules", new DateOnly(2026, 12, 2)).Should().BeSameAs(loaded);
    }

    [Fact]
    public void Check_ShippedBrandRenewalRequiredAfterItsWindow_IsAnError()
    {
        var checkedResult = RequiredWorkflows.Check(Load(Douyin.Eligibility.Tests.RuleFiles.ShippedRules.RulesDirectory), [EligibilityWorkflows.BrandProviderRenewal], "rules", new DateOnly(2024, 8, 1));

        checkedResult.Errors.Should().ContainSingle().Which.Message.Should().Contain("2022-12-26 to 2023-01-25");
    }

    [Fact]
    public void Check_NoVersionInForceOnTheDate_IsAnErrorListingTheVersions()
    {
        var checkedResult = RequiredWorkflows.Check(Load(TestRules.Directory), [EligibilityWorkflows.AllianceAdmission], "rules", new DateOnly(2021, 1, 1));

        checkedResult.IsSuccess.Should().BeFalse();
        var error = checkedResult.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(EligibilityDiagnosticCodes.RequiredWorkflowMissing);
        error.ToString().Should().Be("rules(1,1): error DE5003: No version of workflow 'AllianceAdmission', which this host requires (EligibilityOptions.RequiredWorkflows), is in force today (2021-01-01); its versions: … to … (disabled), 2022-08-22 to 2024-07-24, 2024-07-25 to ….");
        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Be("本服务所需的工作流 'AllianceAdmission'（EligibilityOptions.RequiredWorkflows）今天（2021-01-01）没有生效的版本；现有版本：… 至 … (已停用)、2022-08-22 至 2024-07-24、2024-07-25 至 …。");
    }

    [Fact]
    public void Check_AbsentWorkflow_NamesItAndWhatTheRulesHave()
    {
        using var rules = TestRules.Copy();
        Directory.Delete(rules.PathOf("alliance"), recursive: true);

        var checkedResult = RequiredWorkflows.Check(Load(rules.Path), ["alliancEadmission", EligibilityWorkflows.BrandProviderRenewal], "rules", new DateOnly(2024, 8, 1));

        var error = checkedResult.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be("The rules have no workflow 'alliancEadmission', which this host requires (EligibilityOptions.RequiredWorkflows); they have: BrandProviderAssessment, BrandProviderRenewal, StoreOperationAdmission, StoreOperationPenalty.");
        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Be("规则中没有本服务所需的工作流 'alliancEadmission'（EligibilityOptions.RequiredWorkflows）；现有工作流：BrandProviderAssessment、BrandProviderRenewal、StoreOperationAdmission、StoreOperationPenalty。");
    }

    [Fact]
    public void Check_AFailedLoad_IsLeftAsItIs()
    {
        using var rules = TestRules.Copy();
        rules.Edit("alliance/admission.json", "\"4.1\"", "\"4.\"");
        var failed = Load(rules.Path);

        RequiredWorkflows.Check(failed, EligibilityWorkflows.All, "rules", new DateOnly(2024, 8, 1)).Should().BeSameAs(failed);
    }
}
