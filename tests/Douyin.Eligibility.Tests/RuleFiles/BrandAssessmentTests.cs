using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>The 2022-08-25 periodic assessment of brand providers (docs/rules/brand-assessment.md), through the typed API.</summary>
public class BrandAssessmentTests
{
    private static readonly Lazy<EligibilityEvaluator> Shipped = new(() => EligibilityEvaluator.Create(ShippedRules.RulesDirectory));

    private static readonly DateOnly CycleEnd = new(2022, 10, 1);

    [Fact]
    public void EvaluateBrandAssessment_LowGmvAfter90Days_ClearsWithTheReasonInBothCultures()
    {
        var provider = BrandProvider() with { AsOf = CycleEnd, CertifiedDate = new DateOnly(2022, 5, 1), BoundMerchantsSelfSaleGmv30dFen = 80_000_000 };

        var decision = Shipped.Value.EvaluateBrandAssessment(provider, EvaluationSettings.English).Decision!;

        decision.Outcome.Should().Be(ClearanceOutcome.Clear);
        decision.WorkflowVersion.Should().Be("2022-08-25");
        var reason = decision.Reasons.Should().ContainSingle().Which;
        reason.Code.Should().Be("ASSESSMENT_GMV_BELOW_MINIMUM");
        reason.Message.Should().Be("Certified on 2022-05-01, more than 90 days before 2022-10-01, and the bound merchants' valid self-sale settled GMV over the 30-day cycle is 80000000 fen, below 100000000 fen (1,000,000 CNY): the brand-provider certification is cancelled");
        Shipped.Value.EvaluateBrandAssessment(provider, new EvaluationSettings { Culture = CultureInfo.GetCultureInfo("zh-CN") }).Decision!.Reasons.Single().Message
            .Should().Be("服务商于 2022-05-01 认证，至 2022-10-01 已超过 90 天，绑定商家近30天有效自卖结算GMV 80000000 分，低于 100000000 分（100万元）：取消品牌服务商认证");
    }

    [Theory]
    [InlineData(90, ClearanceOutcome.Retain)]
    [InlineData(91, ClearanceOutcome.Clear)]
    public void EvaluateBrandAssessment_ExemptionEdge_90DaysExempt91Assessed(int daysCertified, ClearanceOutcome expected)
    {
        var provider = BrandProvider() with { AsOf = CycleEnd, CertifiedDate = CycleEnd.AddDays(-daysCertified), BoundMerchantsSelfSaleGmv30dFen = 0 };

        Shipped.Value.EvaluateBrandAssessment(provider).Decision!.Outcome.Should().Be(expected);
    }

    [Fact]
    public void EvaluateBrandAssessment_BeforeTheRule_IsInvalidWithNoRulesInForce()
    {
        var provider = BrandProvider() with { AsOf = new DateOnly(2022, 8, 24), CertifiedDate = new DateOnly(2022, 1, 1) };

        var result = Shipped.Value.EvaluateBrandAssessment(provider);

        result.IsSuccess.Should().BeFalse();
        result.ValidationErrors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.NoRulesInForce);
    }

    [Fact]
    public void EvaluateBrandAssessment_IsTheFamilyEvaluation()
    {
        var provider = BrandProvider() with { AsOf = CycleEnd };

        Shipped.Value.Evaluate(EligibilityFamilies.BrandProviderAssessment, provider).Decision!.Outcome
            .Should().Be(Shipped.Value.EvaluateBrandAssessment(provider).Decision!.Outcome);
    }

    [Fact]
    public void RequiredByDefault_LeavesOutTheAssessmentAndTheDatedRenewal()
        => EligibilityWorkflows.RequiredByDefault.Should().NotContain([EligibilityWorkflows.BrandProviderAssessment, EligibilityWorkflows.BrandProviderRenewal])
            .And.BeSubsetOf(EligibilityWorkflows.All);
}
