using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Tests.DependencyInjection;

public class HotReloadTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    private static (ServiceProvider Provider, EligibilityEvaluator Evaluator, ListLoggerFactory Logs) Start(string directory)
    {
        var logs = new ListLoggerFactory();
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddDouyinEligibility(o =>
            {
                o.RulesDirectory = directory;
                o.WatchForChanges = true;
                o.ReloadDebounce = TimeSpan.FromMilliseconds(50);
            });
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<EligibilityEvaluator>(), logs);
    }

    private static AdmissionOutcome Outcome(EligibilityEvaluator evaluator, decimal score)
        => evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = score }).Decision!.Outcome;

    [Fact]
    public async Task EditedThreshold_IsPickedUp_AndTheNewHashLogged()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, logs) = Start(rules.Path);
        using var _ = provider;
        var before = evaluator.CurrentRuleSet.ContentHash;
        Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.Eligible);

        rules.Edit("alliance/admission.json", "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.1\" }", "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.3\" }");

        (await Eventually.HoldsAsync(() => Outcome(evaluator, 4.2m) == AdmissionOutcome.NotEligible)).Should().BeTrue("the watcher reloads the edited threshold");
        var after = evaluator.CurrentRuleSet.ContentHash;
        after.Should().NotBe(before);
        evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 4.2m }).Decision!.RuleSetHash.Should().Be(after);
        (await Eventually.HoldsAsync(() => logs.Entries.Any(e => e.Level == LogLevel.Information && e.Message.Contains(after)))).Should().BeTrue();
    }

    [Fact]
    public async Task BrokenEdit_KeepsTheLastGoodSet_AndLogsEachDiagnostic()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, logs) = Start(rules.Path);
        using var _ = provider;
        var good = evaluator.CurrentRuleSet;
        evaluator.ReloadStatus.IsWatcherArmed.Should().BeTrue("without an armed watcher nothing below could observe the edit");
        evaluator.ReloadStatus.RejectedReloads.Should().Be(0);

        rules.Edit("alliance/admission.json", "merchant.StoreScore > MinStoreScore", "merchant.StoreScor > MinStoreScore");
        rules.Edit("alliance/clearance.json", "\"Rules\": [", "\"Rulez\": 1, \"Rules\": [");

        // The reload of both broken files is observed (rejected, with both errors) before anything is asserted unchanged.
        (await Eventually.HoldsAsync(() => evaluator.ReloadStatus.LastErrors.Select(d => d.Code).Distinct().Count(c => c is "DE3002" or "DE1003") == 2))
            .Should().BeTrue("the watcher tries the broken files and rejects them");
        var status = evaluator.ReloadStatus;
        status.RejectedReloads.Should().BePositive();
        status.DiskDiffersFromLoaded.Should().BeTrue();
        status.LoadedHash.Should().Be(good.ContentHash);
        evaluator.CurrentRuleSet.Should().BeSameAs(good);
        Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.Eligible);

        static bool Logged(ListLoggerFactory logs, string file, string code)
            => logs.Entries.Any(e => e.Level == LogLevel.Error && e.Message.Contains(file + "(") && e.Message.Contains("error " + code + ":"));
        (await Eventually.HoldsAsync(() => Logged(logs, "admission.json", "DE3002") && Logged(logs, "clearance.json", "DE1003")))
            .Should().BeTrue("each diagnostic is logged");

        // Fixing the files is picked up again.
        rules.Edit("alliance/admission.json", "merchant.StoreScor > MinStoreScore", "merchant.StoreScore > 4.3");
        rules.Edit("alliance/clearance.json", "\"Rulez\": 1, \"Rules\": [", "\"Rules\": [");
        (await Eventually.HoldsAsync(() => Outcome(evaluator, 4.2m) == AdmissionOutcome.NotEligible)).Should().BeTrue();
        (await Eventually.HoldsAsync(() => !evaluator.ReloadStatus.DiskDiffersFromLoaded)).Should().BeTrue("a good reload clears the errors");
    }

    [Fact]
    public void ReloadNow_GoodAndBadEdits_SwapsOnlyAGoodSet()
    {
        using var rules = TestRules.Copy();
        using var evaluator = EligibilityEvaluator.Create(rules.Path);
        var first = evaluator.CurrentRuleSet;

        evaluator.ReloadNow().IsSuccess.Should().BeTrue();
        evaluator.CurrentRuleSet.Should().BeSameAs(first, "unchanged files keep the same set");

        rules.Edit("alliance/admission.json", "\"4.1\"", "\"4.\"");
        var failed = evaluator.ReloadNow();
        failed.IsSuccess.Should().BeFalse();
        failed.Errors.Should().NotBeEmpty();
        evaluator.CurrentRuleSet.Should().BeSameAs(first);

        rules.Edit("alliance/admission.json", "\"4.\"", "\"4.3\"");
        evaluator.ReloadNow().IsSuccess.Should().BeTrue();
        Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.NotEligible);
    }

    [Fact]
    public async Task Evaluate_DuringReloads_EachDecisionIsConsistentWithOneRuleSet()
    {
        using var rules = TestRules.Copy();
        using var evaluator = EligibilityEvaluator.Create(rules.Path);
        var hashToThreshold = new System.Collections.Concurrent.ConcurrentDictionary<string, decimal> { [evaluator.CurrentRuleSet.ContentHash] = 4.1m };
        using var stop = new CancellationTokenSource();

        var reloader = Task.Run(() =>
        {
            var thresholds = new[] { 4.3m, 4.1m };
            for (var i = 0; i < 20; i++)
            {
                var next = thresholds[i % 2];
                File.WriteAllText(rules.PathOf("alliance/admission.json"), File.ReadAllText(Path.Combine(TestRules.Directory, "alliance/admission.json")).Replace("\"4.1\"", $"\"{next}\""));
                var result = evaluator.ReloadNow();
                hashToThreshold[result.RuleSet!.ContentHash] = next;
            }

            stop.Cancel();
        });

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var checkedCount = 0;
            while (!stop.IsCancellationRequested || checkedCount == 0)
            {
                var decision = evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 4.2m }).Decision!;
                var reason = decision.Checks.Single(c => c.Code == "ALLIANCE_STORE_SCORE_TOO_LOW");

                // The threshold the rule saw belongs to the rule set the decision names.
                SpinWait.SpinUntil(() => hashToThreshold.ContainsKey(decision.RuleSetHash), TimeSpan.FromSeconds(5));
                reason.Threshold.Should().Be(hashToThreshold[decision.RuleSetHash]);
                decision.Outcome.Should().Be((decimal)reason.Threshold! < 4.2m ? AdmissionOutcome.Eligible : AdmissionOutcome.NotEligible);
                checkedCount++;
            }

            return checkedCount;
        })).ToArray();

        await reloader;
        (await Task.WhenAll(readers)).Should().OnlyContain(n => n > 0);
    }
}
