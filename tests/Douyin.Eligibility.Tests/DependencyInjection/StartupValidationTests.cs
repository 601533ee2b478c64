using Douyin.Eligibility.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Douyin.Eligibility.Tests.DependencyInjection;

/// <summary>
/// <c>ValidateOnStart</c>: the host runs <see cref="IStartupValidator"/> before it starts; these tests call it as the
/// host does.
/// </summary>
public class StartupValidationTests
{
    [Fact]
    public void Validate_BrokenRules_ThrowsWithEveryDiagnosticOnALineOfItsOwn()
    {
        using var rules = TestRules.Copy();
        rules.Edit("alliance/admission.json", "merchant.StoreScore > MinStoreScore", "merchant.StoreScor > MinStoreScore");
        rules.Edit("alliance/clearance.json", "\"Rules\": [", "\"Rulez\": 1, \"Rules\": [");
        using var provider = new ServiceCollection().AddDouyinEligibility(o => o.RulesDirectory = rules.Path).BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var message = act.Should().Throw<OptionsValidationException>().Which.Message;
        var lines = message.Split(Environment.NewLine);
        lines.Should().Contain(l => l.Contains("admission.json(") && l.Contains("): error DE3002: "));
        lines.Should().Contain(l => l.Contains("clearance.json(") && l.Contains("): error DE1003: "));
        lines[0].Should().Contain(rules.Path);
    }

    [Fact]
    public void Validate_MissingDirectory_ThrowsNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N"));
        using var provider = new ServiceCollection().AddDouyinEligibility(o => o.RulesDirectory = missing).BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage($"*{missing}*error DE1016:*");
    }

    [Fact]
    public void Validate_GoodRules_LoadsThemOnce_AndResolveGivesThatEvaluator()
    {
        using var rules = TestRules.Copy();
        var logs = new ListLoggerFactory();
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddDouyinEligibility(o => { o.RulesDirectory = rules.Path; o.WatchForChanges = true; })
            .BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        var evaluator = provider.GetRequiredService<EligibilityEvaluator>();

        evaluator.IsWatchingForChanges.Should().BeTrue();
        logs.Entries.Count(e => e.Message.StartsWith("Watching ", StringComparison.Ordinal)).Should().Be(1, "one load, one watcher");
    }

    [Fact]
    public void Validate_InvalidOptions_ReportsThemWithoutLoading()
    {
        using var provider = new ServiceCollection()
            .AddDouyinEligibility(o => { o.RulesDirectory = "/no/such/dir"; o.DirectoryPollInterval = TimeSpan.Zero; })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().ContainSingle().Which.Should().Contain("DirectoryPollInterval");
    }
}
