using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>Editing the service's rules directory changes its decisions without a restart; a broken edit changes nothing.</summary>
public sealed partial class HotReloadTests : IAsyncLifetime
{
    private readonly string _rules = Path.Combine(Path.GetTempPath(), "eligibility-service-rules-" + Guid.NewGuid().ToString("N"));
    private ServiceHost _host = null!;

    public async Task InitializeAsync()
    {
        CopyDirectory(Path.Combine(Samples.Root, "rules"), _rules);
        _host = await ServiceHost.StartAsync(_rules);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_rules, recursive: true);
    }

    [Fact]
    public async Task RulesEdit_ThresholdRaised_ChangesTheDecisionAndTheHealthHash()
    {
        var (_, health) = await _host.GetAsync("/health?lang=en");
        health.GetProperty("rules").GetString().Should().Be(_rules);
        health.GetProperty("watchingForChanges").GetBoolean().Should().BeTrue();
        var hashBefore = health.GetProperty("ruleSetHash").GetString();
        (await Outcome()).Should().Be("Eligible", "the sample store scores 4.6, above the default 4.1");

        var admission = Path.Combine(_rules, "alliance", "admission.json");
        File.WriteAllText(admission, MinStoreScore().Replace(File.ReadAllText(admission), "${head}4.8\"", 1));

        (await PollUntil(outcome => outcome == "NotEligible")).Should().Be("NotEligible", "4.6 is not above the edited 4.8");
        var (_, after) = await _host.GetAsync("/health?lang=en");
        after.GetProperty("ruleSetHash").GetString().Should().NotBe(hashBefore);
    }

    [Fact]
    public async Task RulesEdit_BrokenExpression_KeepsTheLastGoodRules()
    {
        var (_, health) = await _host.GetAsync("/health?lang=en");
        var hash = health.GetProperty("ruleSetHash").GetString();
        health.GetProperty("reload").GetProperty("watcherArmed").GetBoolean().Should().BeTrue("without an armed watcher nothing below could observe the edit");
        health.GetProperty("reload").GetProperty("rejectedReloads").GetInt32().Should().Be(0);

        var admission = Path.Combine(_rules, "alliance", "admission.json");
        File.WriteAllText(admission, MinStoreScore().Replace(File.ReadAllText(admission), "${head}4.8 +\"", 1));

        // Wait for the reload to have been tried and rejected (PollHealthUntil fails if it is not), then check nothing changed.
        var after = await PollHealthUntil(h => h.GetProperty("reload").GetProperty("rejectedReloads").GetInt32() > 0);
        after.GetProperty("status").GetString().Should().Be("Degraded");
        after.GetProperty("reload").GetProperty("lastErrors").EnumerateArray().Should().Contain(e => e.GetString()!.Contains("admission.json("));
        after.GetProperty("ruleSetHash").GetString().Should().Be(hash);
        (await Outcome()).Should().Be("Eligible");
    }

    [Fact]
    public async Task RulesEdit_WorkflowFileRemoved_KeepsTheLastGoodRulesAndIsDegradedUntilItIsBack()
    {
        var (_, health) = await _host.GetAsync("/health?lang=en");
        var hash = health.GetProperty("ruleSetHash").GetString();
        var admission = Path.Combine(_rules, "alliance", "admission.json");
        var text = File.ReadAllText(admission);

        File.Delete(admission);

        var degraded = await PollHealthUntil(h => h.GetProperty("status").GetString() == "Degraded");
        degraded.GetProperty("status").GetString().Should().Be("Degraded");
        degraded.GetProperty("ruleSetHash").GetString().Should().Be(hash);
        var reload = degraded.GetProperty("reload");
        reload.GetProperty("diskDiffersFromLoaded").GetBoolean().Should().BeTrue();
        // The dated admission versions are based on the one in admission.json, so without it they do not load (DE1020).
        reload.GetProperty("lastErrors").EnumerateArray().Select(e => e.GetString()).Should().Contain(e => e!.Contains("error DE1020:") && e.Contains("'2024-07-25' of 'AllianceAdmission'"));
        (await Outcome()).Should().Be("Eligible", "admission still has its rules");

        File.WriteAllText(admission, text);

        var healthy = await PollHealthUntil(h => h.GetProperty("status").GetString() == "Healthy");
        healthy.GetProperty("status").GetString().Should().Be("Healthy");
        healthy.GetProperty("ruleSetHash").GetString().Should().Be(hash);
        healthy.GetProperty("reload").GetProperty("watcherArmed").GetBoolean().Should().BeTrue();
    }

    private async Task<JsonElement> PollHealthUntil(Func<JsonElement, bool> done)
    {
        var clock = Stopwatch.StartNew();
        JsonElement health;
        do
        {
            await Task.Delay(50);
            (_, health) = await _host.GetAsync("/health?lang=en");
        }
        while (!done(health) && clock.Elapsed < TimeSpan.FromSeconds(20));

        done(health).Should().BeTrue($"/health should reach the awaited state within 20 s; it is {health}");
        return health;
    }

    private async Task<string?> PollUntil(Func<string?, bool> done)
    {
        var clock = Stopwatch.StartNew();
        string? outcome;
        do
        {
            await Task.Delay(100);
            outcome = await Outcome();
        }
        while (!done(outcome) && clock.Elapsed < TimeSpan.FromSeconds(20));

        done(outcome).Should().BeTrue($"the outcome should reach the awaited value within 20 s; it is {outcome}");
        return outcome;
    }

    private async Task<string?> Outcome()
    {
        var (status, body) = await _host.PostAsync("/alliance/admission?lang=en", Samples.Merchant);
        status.Should().Be(200, body.ToString());
        return body.GetProperty("outcome").GetString();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("""(?<head>"Name":\s*"MinStoreScore",\s*"Expression":\s*")4\.1" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex MinStoreScore();
}
