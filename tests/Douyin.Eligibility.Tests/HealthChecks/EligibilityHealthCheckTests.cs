using Douyin.Eligibility.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Douyin.Eligibility.Tests.HealthChecks;

public class EligibilityHealthCheckTests
{
    private static (ServiceProvider Provider, HealthCheckService Health) Start(string rulesDirectory, HealthStatus? degraded = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddDouyinEligibility(o => o.RulesDirectory = rulesDirectory);
        services.AddHealthChecks().AddDouyinEligibility(degradedStatus: degraded);
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<HealthCheckService>());
    }

    [Fact]
    public async Task Check_RulesAsLoaded_IsHealthyWithTheHash()
    {
        var (provider, health) = Start(TestRules.Directory);
        using var _ = provider;

        var report = await health.CheckHealthAsync();

        var entry = report.Entries[EligibilityHealthChecksBuilderExtensions.DefaultName];
        entry.Status.Should().Be(HealthStatus.Healthy);
        entry.Data["ruleSetHash"].Should().Be(provider.GetRequiredService<EligibilityEvaluator>().CurrentRuleSet.ContentHash);
        entry.Data["rejectedReloads"].Should().Be(0L);
    }

    [Fact]
    public async Task Check_AfterARejectedReload_IsDegradedListingTheErrors_AndHealthyOnceFixed()
    {
        using var rules = TestRules.Copy();
        var (provider, health) = Start(rules.Path);
        using var _ = provider;
        var evaluator = provider.GetRequiredService<EligibilityEvaluator>();
        var good = evaluator.CurrentRuleSet.ContentHash;

        rules.Edit("alliance/admission.json", "merchant.StoreScore > MinStoreScore", "merchant.StoreScor > MinStoreScore");
        evaluator.ReloadNow();
        var degraded = (await health.CheckHealthAsync()).Entries[EligibilityHealthChecksBuilderExtensions.DefaultName];
        rules.Edit("alliance/admission.json", "merchant.StoreScor > MinStoreScore", "merchant.StoreScore > MinStoreScore");
        evaluator.ReloadNow();
        var healed = (await health.CheckHealthAsync()).Entries[EligibilityHealthChecksBuilderExtensions.DefaultName];

        degraded.Status.Should().Be(HealthStatus.Degraded);
        degraded.Description.Should().Contain(good);
        degraded.Data["ruleSetHash"].Should().Be(good);
        degraded.Data["diskDiffersFromLoaded"].Should().Be(true);
        degraded.Data["lastErrors"].Should().BeOfType<string[]>().Which.Should().ContainSingle(e => e.Contains("error DE3002:"));
        healed.Status.Should().Be(HealthStatus.Healthy);
        healed.Data["rejectedReloads"].Should().Be(1L);
    }

    [Fact]
    public async Task Check_WithAnotherDegradedStatus_ReportsIt()
    {
        using var rules = TestRules.Copy();
        var (provider, health) = Start(rules.Path, HealthStatus.Unhealthy);
        using var _ = provider;
        var evaluator = provider.GetRequiredService<EligibilityEvaluator>();
        rules.Edit("alliance/admission.json", "merchant.StoreScore > MinStoreScore", "merchant.StoreScor > MinStoreScore");
        evaluator.ReloadNow();

        var report = await health.CheckHealthAsync();

        report.Status.Should().Be(HealthStatus.Unhealthy);
    }
}
