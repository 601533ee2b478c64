using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots.Passing;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>
/// The 2023 brand renewal is in force only for its assessment window, 2022-12-26 to 2023-01-25
/// (docs/rules/brand-renewal.md): outside it the typed API says no rule is in force, never NotRenewed.
/// </summary>
public class BrandRenewalWindowTests
{
    private static readonly Lazy<EligibilityEvaluator> Shipped = new(() => EligibilityEvaluator.Create(ShippedRules.RulesDirectory));

    [Theory]
    [InlineData("2022-12-26")]
    [InlineData("2023-01-25")]
    public void EvaluateBrandRenewal_InsideTheWindow_IsDecided(string asOf)
    {
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        var result = Shipped.Value.EvaluateBrandRenewal(BrandProvider() with { AsOf = date, CertifiedDate = new DateOnly(2022, 6, 30) });

        result.IsSuccess.Should().BeTrue();
        result.Decision!.Outcome.Should().Be(RenewalOutcome.Renewed);
        result.Decision.WorkflowVersion.Should().Be("2023");
    }

    [Theory]
    [InlineData("2023-01-26", "2022-06-30")]
    [InlineData("2024-06-01", "2023-05-01")]
    [InlineData("2022-12-25", "2022-06-30")]
    public void EvaluateBrandRenewal_OutsideTheWindow_IsInvalidWithNoRulesInForce(string asOf, string certified)
    {
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var provider = BrandProvider() with { AsOf = date, CertifiedDate = DateOnly.Parse(certified, System.Globalization.CultureInfo.InvariantCulture) };

        var result = Shipped.Value.EvaluateBrandRenewal(provider, EvaluationSettings.English);

        result.IsSuccess.Should().BeFalse();
        result.Decision.Should().BeNull();
        var error = result.ValidationErrors.Should().ContainSingle().Which;
        error.Code.Should().Be(ValidationCodes.NoRulesInForce);
        error.Field.Should().Be("asOf");
        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Contain("BrandProviderRenewal").And.Contain(asOf);
    }

    [Fact]
    public void Create_DefaultRequiredWorkflows_StartsAfterTheRenewalWindowEnded()
        => Shipped.Value.CurrentRuleSet.GetVersions(EligibilityWorkflows.BrandProviderRenewal).Should().ContainSingle()
            .Which.EffectiveTo.Should().Be(new DateOnly(2023, 1, 25));
}
