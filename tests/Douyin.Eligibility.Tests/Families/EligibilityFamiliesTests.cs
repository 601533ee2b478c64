using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;

namespace Douyin.Eligibility.Tests.Families;

public sealed class EligibilityFamiliesTests
{
    [Fact]
    public void All_BuiltIns_AreTheSixWorkflowsInOrder()
        => EligibilityFamilies.All.Select(f => f.WorkflowName).Should().Equal(EligibilityWorkflows.All);

    [Fact]
    public void All_BuiltIns_HaveDistinctRoutes()
        => EligibilityFamilies.All.Select(f => f.Route).Should().OnlyHaveUniqueItems().And.OnlyContain(r => r.StartsWith('/'));

    [Theory]
    [InlineData("allianceadmission", EligibilityWorkflows.AllianceAdmission)]
    [InlineData("StoreOperationPenalty", EligibilityWorkflows.StoreOperationPenalty)]
    public void Find_AnyCase_FindsTheFamily(string name, string expected)
        => EligibilityFamilies.Find(name)!.WorkflowName.Should().Be(expected);

    [Fact]
    public void Find_UnknownName_IsNull()
        => EligibilityFamilies.Find("NoSuchFamily").Should().BeNull();

    [Fact]
    public void OutcomeNames_Penalty_AreTheLevelsAndIndeterminate()
        => EligibilityFamilies.StoreOperationPenalty.OutcomeNames.Should().Equal("None", "ServiceHidden", "Delisted", "Banned", "ClearedOut", "Indeterminate");

    [Fact]
    public void OutcomeNames_Admission_AreItsOutcomesOnce()
        => EligibilityFamilies.AllianceAdmission.OutcomeNames.Should().Equal("Eligible", "NotEligible", "Indeterminate");

    [Theory]
    [InlineData("NotEligible", "en", "not eligible")]
    [InlineData("Eligible", "zh-CN", "符合准入条件")]
    [InlineData("indeterminate", "en", "indeterminate")]
    public void GetOutcomeLabel_KnownName_IsTheLabelInTheCulture(string name, string culture, string label)
        => EligibilityFamilies.AllianceAdmission.GetOutcomeLabel(name, CultureInfo.GetCultureInfo(culture)).Should().Be(label);

    [Fact]
    public void GetOutcomeLabel_UnknownName_Throws()
        => FluentActions.Invoking(() => EligibilityFamilies.AllianceAdmission.GetOutcomeLabel("Retain")).Should().Throw<ArgumentException>();

    [Fact]
    public void Subjects_ProductClearance_OnePerProductWithStoreSlashProductIds()
    {
        var merchant = TestRules.GoodMerchant() with { Id = "S1", Products = [Support.Snapshots.Product() with { Id = "P1" }, Support.Snapshots.Product() with { Id = "P2" }] };

        var subjects = EligibilityFamilies.AllianceProductClearance.Subjects(merchant);

        subjects.Validation.IsSuccess.Should().BeTrue();
        subjects.Subjects.Select(s => s.Id).Should().Equal("S1/P1", "S1/P2");
        subjects.Subjects.Should().OnlyContain(s => s.AsOf == merchant.AsOf && s.Input is ProductSnapshot);
    }

    [Fact]
    public void Subjects_NullSnapshot_IsOneInvalidSubject()
    {
        var subjects = EligibilityFamilies.AllianceAdmission.Subjects(null);

        subjects.Subjects.Should().ContainSingle().Which.Validation.IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_ManySubjectFamily_Throws()
        => FluentActions.Invoking(() => TestRules.Evaluator.Evaluate(EligibilityFamilies.AllianceProductClearance, TestRules.GoodMerchant()))
            .Should().Throw<InvalidOperationException>();

    [Fact]
    public void Evaluate_ByDescriptor_IsTheWrappersDecision()
    {
        var merchant = TestRules.GoodMerchant();

        var byFamily = TestRules.Evaluator.Evaluate(EligibilityFamilies.AllianceAdmission, merchant, TestRules.En).Decision!;
        var byWrapper = TestRules.Evaluator.EvaluateAllianceAdmission(merchant, TestRules.En).Decision!;

        byFamily.ToString().Should().Be(byWrapper.ToString());
        byFamily.OutcomeValue.Should().Be(byWrapper.Outcome);
    }

    [Fact]
    public void ShownOutcome_NotPenalty_IsTheComparedOutcome()
    {
        var decision = TestRules.Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant()).Decision!;

        EligibilityFamilies.AllianceAdmission.ShownOutcome(decision).Should().Be(EligibilityFamily.ComparedOutcome(decision)).And.Be(decision.OutcomeName);
    }
}
