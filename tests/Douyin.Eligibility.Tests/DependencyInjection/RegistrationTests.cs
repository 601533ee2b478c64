using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Douyin.Eligibility.Tests.DependencyInjection;

public class RegistrationTests
{
    [Fact]
    public void AddDouyinEligibility_CalledTwice_RegistersOneSingletonAndAppliesEveryConfiguration()
    {
        var services = new ServiceCollection();
        services.AddDouyinEligibility(o => o.RulesDirectory = TestRules.Directory);
        services.AddDouyinEligibility(o => o.DefaultCulture = CultureInfo.GetCultureInfo("en"));

        services.Count(d => d.ServiceType == typeof(EligibilityEvaluator)).Should().Be(1);
        services.Single(d => d.ServiceType == typeof(EligibilityEvaluator)).Lifetime.Should().Be(ServiceLifetime.Singleton);

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<EligibilityOptions>>().Value;
        options.RulesDirectory.Should().Be(TestRules.Directory);
        options.DefaultCulture.Name.Should().Be("en");

        var evaluator = provider.GetRequiredService<EligibilityEvaluator>();
        provider.GetRequiredService<EligibilityEvaluator>().Should().BeSameAs(evaluator);
        var decision = evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 4.0m }).Decision!;
        decision.Outcome.Should().Be(AdmissionOutcome.NotEligible);
        decision.Reasons[0].Message.Should().Be("Store score 4.0 is not above 4.1");
    }

    [Fact]
    public void AddDouyinEligibility_EarlierRegistration_Wins()
    {
        var services = new ServiceCollection();
        var mine = EligibilityEvaluator.Create(TestRules.Directory);
        services.AddSingleton(mine);
        services.AddDouyinEligibility();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<EligibilityEvaluator>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddDouyinEligibility_BadRulesDirectory_FailsWhenResolvedWithEveryDiagnostic()
    {
        using var rules = TestRules.Copy();
        rules.Edit("alliance/admission.json", "merchant.StoreScore > MinStoreScore", "merchant.StoreScor > MinStoreScore");
        var services = new ServiceCollection().AddDouyinEligibility(o => o.RulesDirectory = rules.Path);

        using var provider = services.BuildServiceProvider();
        var act = () => provider.GetRequiredService<EligibilityEvaluator>();

        act.Should().Throw<OptionsValidationException>().WithMessage("*admission.json(*): error DE3002:*");
    }

    [Fact]
    public void AddDouyinEligibility_Interface_IsTheSameSingletonAsTheClass()
    {
        using var provider = new ServiceCollection().AddDouyinEligibility(o => o.RulesDirectory = TestRules.Directory).BuildServiceProvider();

        provider.GetRequiredService<IEligibilityEvaluator>().Should().BeSameAs(provider.GetRequiredService<EligibilityEvaluator>());
    }

    [Fact]
    public void IEligibilityEvaluator_Mock_StandsInForTheEvaluator()
    {
        var services = new ServiceCollection().AddSingleton<IEligibilityEvaluator>(new RejectingEvaluator());
        services.AddDouyinEligibility();
        using var provider = services.BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();

        evaluator.Should().BeOfType<RejectingEvaluator>();
        evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant()).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void Dispose_Container_StopsWatching()
    {
        using var rules = TestRules.Copy();
        var services = new ServiceCollection().AddDouyinEligibility(o => { o.RulesDirectory = rules.Path; o.WatchForChanges = true; });
        var provider = services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<EligibilityEvaluator>();
        evaluator.IsWatchingForChanges.Should().BeTrue();
        var hash = evaluator.CurrentRuleSet.ContentHash;

        provider.Dispose();
        rules.Edit("alliance/admission.json", "\"4.1\"", "\"4.3\"");

        // After disposal a change is not picked up by the watcher (ReloadNow still works on demand).
        evaluator.CurrentRuleSet.ContentHash.Should().Be(hash);
        evaluator.ReloadNow().IsSuccess.Should().BeTrue();
        evaluator.CurrentRuleSet.ContentHash.Should().NotBe(hash);
    }
}
