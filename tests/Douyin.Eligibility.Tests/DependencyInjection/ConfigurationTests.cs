using Douyin.Eligibility.Tests.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Douyin.Eligibility.Tests.DependencyInjection;

public class ConfigurationTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> values, Action<EligibilityOptions>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddDouyinEligibility(configuration.GetSection(EligibilityServiceCollectionExtensions.DefaultSectionName));
        if (more is not null)
        {
            services.AddDouyinEligibility(more);
        }

        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddDouyinEligibility_Section_ReadsEveryKey()
    {
        using var provider = Provider(new()
        {
            ["DouyinEligibility:RulesDirectory"] = TestRules.Directory,
            ["DouyinEligibility:WatchForChanges"] = "true",
            ["DouyinEligibility:ReloadDebounce"] = "00:00:00.100",
            ["DouyinEligibility:DirectoryPollInterval"] = "00:00:05",
            ["DouyinEligibility:RequiredWorkflows:0"] = EligibilityWorkflows.AllianceAdmission,
            ["DouyinEligibility:DefaultCulture"] = "en",
            ["DouyinEligibility:ExplainByDefault"] = "false",
        });

        var options = provider.GetRequiredService<IOptions<EligibilityOptions>>().Value;

        options.RulesDirectory.Should().Be(TestRules.Directory);
        options.WatchForChanges.Should().BeTrue();
        options.ReloadDebounce.Should().Be(TimeSpan.FromMilliseconds(100));
        options.DirectoryPollInterval.Should().Be(TimeSpan.FromSeconds(5));
        options.RequiredWorkflows.Should().Equal(EligibilityWorkflows.AllianceAdmission);
        options.DefaultCulture.Name.Should().Be("en");
        options.ExplainByDefault.Should().BeFalse();
        provider.GetRequiredService<IEligibilityEvaluator>().EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 4.0m })
            .Decision!.Reasons[0].Message.Should().Be("Store score 4.0 is not above 4.1");
    }

    [Fact]
    public void AddDouyinEligibility_BlankDirectoryAndCommaList_MeanEmbeddedAndThoseWorkflows()
    {
        using var provider = Provider(new()
        {
            ["DouyinEligibility:RulesDirectory"] = " ",
            ["DouyinEligibility:RequiredWorkflows"] = "AllianceAdmission, AllianceClearance",
        });

        var options = provider.GetRequiredService<IOptions<EligibilityOptions>>().Value;

        options.RulesDirectory.Should().BeNull();
        options.RequiredWorkflows.Should().Equal("AllianceAdmission", "AllianceClearance");
    }

    [Fact]
    public void AddDouyinEligibility_LaterConfigure_OverridesTheSection()
    {
        using var provider = Provider(new() { ["DouyinEligibility:DefaultCulture"] = "en" }, o => o.DefaultCulture = TestRules.Zh);

        provider.GetRequiredService<IOptions<EligibilityOptions>>().Value.DefaultCulture.Name.Should().Be("zh-CN");
    }

    [Fact]
    public void AddDouyinEligibility_BadValues_FailAtStartNamingEveryKey()
    {
        using var provider = Provider(new()
        {
            ["DouyinEligibility:WatchForChanges"] = "yes",
            ["DouyinEligibility:ReloadDebounce"] = "soon",
            ["DouyinEligibility:DefaultCulture"] = "xx-NOPE",
        });

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().SatisfyRespectively(
            f => f.Should().Contain("DouyinEligibility:WatchForChanges").And.Contain("'yes'"),
            f => f.Should().Contain("DouyinEligibility:ReloadDebounce").And.Contain("'soon'"),
            f => f.Should().Contain("DouyinEligibility:DefaultCulture").And.Contain("'xx-NOPE'"));
    }
}
