using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Api;

/// <summary>A rule set without a family's workflow gives that family an invalid result (SV022), never an exception.</summary>
public class MissingWorkflowTests
{
    private static EligibilityEvaluator OverRulesWithout(params string[] relativeFiles)
    {
        using var rules = TestRules.Copy();
        foreach (var file in relativeFiles)
        {
            File.Delete(rules.PathOf(file));
        }

        var set = RuleSet.Load(RuleSource.FromDirectory(rules.Path), EligibilityEvaluator.CreateRuleSetOptions()).GetRuleSetOrThrow();
        return new EligibilityEvaluator(new RuleSetHolder(set));
    }

    [Fact]
    public void EvaluateAllianceAdmission_WorkflowMissing_IsInvalidWithWorkflowMissing()
    {
        var evaluator = OverRulesWithout("alliance/admission.json", "alliance/versions/admission-100-point.json", "alliance/versions/admission-2022-08-22.json");

        var result = evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant(), TestRules.En);

        result.IsSuccess.Should().BeFalse();
        var error = result.ValidationErrors.Should().ContainSingle().Which;
        error.Code.Should().Be(ValidationCodes.WorkflowMissing);
        error.Field.Should().BeEmpty();
        error.Message.Should().StartWith($"Rule set {evaluator.CurrentRuleSet.ContentHash[..12]} has no workflow 'AllianceAdmission'").And.Contain("it has: AllianceClearance, AllianceProductClearance");
        error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("没有工作流 'AllianceAdmission'");
        result.SubjectId.Should().Be(TestRules.GoodMerchant().Id);
    }

    [Fact]
    public void EveryFamily_WorkflowMissing_IsInvalidWithWorkflowMissing()
    {
        var evaluator = OverRulesWithout("providers/brand-renewal.json", "providers/store-operation-admission.json", "providers/store-operation-penalties.json", "alliance/clearance.json", "alliance/product-clearance.json");
        var merchant = TestRules.GoodMerchant();
        var provider = Support.Snapshots.BrandProvider();
        var storeOperation = Support.Snapshots.StoreOperationProvider();

        var codes = new[]
        {
            evaluator.EvaluateAllianceClearance(merchant).ValidationErrors,
            evaluator.EvaluateProductClearance(merchant.Products[0], merchant.AsOf).ValidationErrors,
            evaluator.EvaluateBrandRenewal(provider).ValidationErrors,
            evaluator.EvaluateStoreOperationAdmission(storeOperation).ValidationErrors,
            evaluator.EvaluateStoreOperationPenalty(storeOperation).ValidationErrors,
        };

        codes.Should().OnlyContain(errors => errors.Count == 1 && errors[0].Code == ValidationCodes.WorkflowMissing);
        evaluator.EvaluateAllianceAdmission(merchant).IsSuccess.Should().BeTrue();
    }
}
