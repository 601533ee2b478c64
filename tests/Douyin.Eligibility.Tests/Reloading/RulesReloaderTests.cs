using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Reloading;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Tests.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Tests.Reloading;

/// <summary>Reloads keep a complete rule set, say when the disk differs from it, and survive the directory going away.</summary>
public class RulesReloaderTests
{
    private const string Threshold41 = "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.1\" }";
    private const string Threshold43 = "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.3\" }";

    [Fact]
    public void ReloadNow_AllianceFolderMovedAway_IsRejectedAndLoggedAndTheLastGoodSetStays()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, logs) = Start(rules.Path);
        using var _ = provider;
        var good = evaluator.CurrentRuleSet;

        Directory.Move(rules.PathOf("alliance"), rules.Path + "-alliance");
        try
        {
            var result = evaluator.ReloadNow();

            result.IsSuccess.Should().BeFalse();
            result.Errors.Select(e => e.Code).Should().OnlyContain(code => code == EligibilityDiagnosticCodes.RequiredWorkflowMissing).And.HaveCount(3);
            result.Errors.Select(e => e.Message).Should().Contain(m => m.Contains("'AllianceAdmission'"));
            evaluator.CurrentRuleSet.Should().BeSameAs(good);
            Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.Eligible);
            logs.Entries.Should().Contain(e => IsRejection(e));
            logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.Contains("error DE5003:") && e.Message.Contains("'AllianceAdmission'"));
        }
        finally
        {
            Directory.Delete(rules.Path + "-alliance", recursive: true);
        }
    }

    [Fact]
    public void ReloadNow_OneWorkflowFileRemoved_IsRejectedAndAdmissionStaysValid()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, _) = Start(rules.Path);
        using var __ = provider;
        var good = evaluator.CurrentRuleSet;

        File.Delete(rules.PathOf("alliance/admission.json"));
        evaluator.ReloadNow().IsSuccess.Should().BeFalse();

        evaluator.CurrentRuleSet.Should().BeSameAs(good);
        evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant()).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void ReloadNow_WorkflowOutsideANarrowedRequiredList_MayGo()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, _) = Start(rules.Path, configure: o => o.RequiredWorkflows = [EligibilityWorkflows.AllianceAdmission]);
        using var __ = provider;

        File.Delete(rules.PathOf("providers/brand-renewal.json"));

        evaluator.ReloadNow().IsSuccess.Should().BeTrue();
        evaluator.CurrentRuleSet.WorkflowNames.Should().NotContain(EligibilityWorkflows.BrandProviderRenewal);
    }

    [Fact]
    public void ReloadStatus_AfterARejectedReload_SaysTheDiskDiffersUntilTheFilesAreGoodAgain()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, _) = Start(rules.Path);
        using var __ = provider;
        var loaded = evaluator.ReloadStatus;
        loaded.DiskDiffersFromLoaded.Should().BeFalse();
        loaded.LastAttemptAt.Should().BeNull();
        loaded.LoadedHash.Should().Be(evaluator.CurrentRuleSet.ContentHash);

        var admission = File.ReadAllText(rules.PathOf("alliance/admission.json"));
        File.Delete(rules.PathOf("alliance/admission.json"));
        evaluator.ReloadNow();

        var rejected = evaluator.ReloadStatus;
        rejected.DiskDiffersFromLoaded.Should().BeTrue();
        rejected.LastAttemptAt.Should().NotBeNull();
        rejected.RejectedReloads.Should().Be(1);
        rejected.LastErrors.Should().ContainSingle().Which.Code.Should().Be(EligibilityDiagnosticCodes.RequiredWorkflowMissing);
        rejected.LoadedHash.Should().Be(loaded.LoadedHash);

        File.WriteAllText(rules.PathOf("alliance/admission.json"), admission);
        evaluator.ReloadNow().IsSuccess.Should().BeTrue();

        var restored = evaluator.ReloadStatus;
        restored.DiskDiffersFromLoaded.Should().BeFalse("the files are the loaded ones again");
        restored.LastErrors.Should().BeEmpty();
        restored.LoadedHash.Should().Be(loaded.LoadedHash);
        restored.RejectedReloads.Should().Be(1);
    }

    [Fact]
    public void Create_RulesWithoutARequiredWorkflow_ThrowsNamingIt()
    {
        using var rules = TestRules.Copy();
        File.Delete(rules.PathOf("providers/store-operation-penalties.json"));

        var act = () => EligibilityEvaluator.Create(rules.Path);

        act.Should().Throw<RuleSetLoadException>().WithMessage("*error DE5003:*'StoreOperationPenalty'*");
    }

    [Fact]
    public void Create_WithNoRequiredWorkflows_LoadsAPartialSet()
    {
        using var rules = TestRules.Copy();
        File.Delete(rules.PathOf("providers/store-operation-penalties.json"));

        using var evaluator = EligibilityEvaluator.Create(rules.Path, new EligibilityOptions { RequiredWorkflows = [] });

        evaluator.CurrentRuleSet.WorkflowNames.Should().NotContain(EligibilityWorkflows.StoreOperationPenalty);
    }

    [Fact]
    public async Task Watcher_DirectoryDeletedAndRecreated_PicksUpTheNewRules()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, logs) = Start(rules.Path, watch: true);
        using var _ = provider;
        using var saved = new TempRules(rules.Path);

        Directory.Delete(rules.Path, recursive: true);
        (await Eventually.HoldsAsync(() => logs.Entries.Any(IsRejection))).Should().BeTrue("the watcher sees the directory go");
        (await Eventually.HoldsAsync(() => !evaluator.ReloadStatus.IsWatcherArmed)).Should().BeTrue();
        evaluator.ReloadStatus.DiskDiffersFromLoaded.Should().BeTrue();
        Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.Eligible, "the last good set stays");

        CopyDirectory(saved.Path, rules.Path, edit: text => text.Replace(Threshold41, Threshold43));

        (await Eventually.HoldsAsync(() => Outcome(evaluator, 4.2m) == AdmissionOutcome.NotEligible)).Should().BeTrue("the recreated directory is read again");
        (await Eventually.HoldsAsync(() => evaluator.ReloadStatus.IsWatcherArmed)).Should().BeTrue();
        evaluator.ReloadStatus.DiskDiffersFromLoaded.Should().BeFalse();
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("is gone"));
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Information && e.Message.Contains("is back"));
    }

    [Fact]
    public async Task Watcher_AfterReloadNowOnARecreatedDirectory_SeesLaterEdits()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, logs) = Start(rules.Path, watch: true, poll: TimeSpan.FromDays(1));
        using var _ = provider;
        using var saved = new TempRules(rules.Path);

        Directory.Delete(rules.Path, recursive: true);
        (await Eventually.HoldsAsync(() => logs.Entries.Any(IsRejection))).Should().BeTrue("the watcher sees the directory go");
        evaluator.ReloadNow().IsSuccess.Should().BeFalse();
        CopyDirectory(saved.Path, rules.Path);
        evaluator.ReloadNow().IsSuccess.Should().BeTrue();
        evaluator.ReloadStatus.IsWatcherArmed.Should().BeTrue("ReloadNow re-arms the watcher of a directory that came back");

        rules.Edit("alliance/admission.json", Threshold41, Threshold43);

        (await Eventually.HoldsAsync(() => Outcome(evaluator, 4.2m) == AdmissionOutcome.NotEligible)).Should().BeTrue("the watcher sees the edit");
    }

    [Fact]
    public async Task Watcher_DirectoryReplacedInOneGo_StillSeesLaterEdits()
    {
        using var rules = TestRules.Copy();
        var (provider, evaluator, _) = Start(rules.Path, watch: true);
        using var __ = provider;
        using var saved = new TempRules(rules.Path);

        // Gone and back at once: a watcher armed on the deleted directory hears nothing of the new one.
        Directory.Delete(rules.Path, recursive: true);
        CopyDirectory(saved.Path, rules.Path, edit: text => text.Replace(Threshold41, Threshold43));
        (await Eventually.HoldsAsync(() => Outcome(evaluator, 4.2m) == AdmissionOutcome.NotEligible)).Should().BeTrue("the new directory is read");

        rules.Edit("alliance/admission.json", Threshold43, Threshold41);

        (await Eventually.HoldsAsync(() => Outcome(evaluator, 4.2m) == AdmissionOutcome.Eligible)).Should().BeTrue("a later edit of the new directory is seen too");
    }

    [Fact]
    public void ReloadNow_LoaderThrowsAnIOException_IsDE1016WithItsMessageAndTheLastGoodSetStays()
    {
        var (reloader, good, _) = StartThrowing(new IOException("disk on fire"));
        using var _ = reloader;

        var result = reloader.ReloadNow();

        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(DiagnosticCodes.FileUnreadable);
        error.Message.Should().Be("Reloading the rules failed: disk on fire");
        reloader.Holder.Current.Should().BeSameAs(good);
        reloader.Status.RejectedReloads.Should().Be(1);
    }

    [Fact]
    public void ReloadNow_LoaderThrowsABug_IsDE5004NamingTheExceptionAndKeepsTheLastGoodSet()
    {
        var (reloader, good, logs) = StartThrowing(new InvalidOperationException("Sequence contains no elements"));
        using var _ = reloader;

        var result = reloader.ReloadNow();

        result.IsSuccess.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(EligibilityDiagnosticCodes.LoadFailedUnexpectedly);
        error.Message.Should().Contain("System.InvalidOperationException: Sequence contains no elements").And.Contain("a bug in loading").And.NotContain("cannot be read");
        error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("System.InvalidOperationException");
        error.Location.Path.Should().Be("<embedded>");
        reloader.Holder.Current.Should().BeSameAs(good);
        reloader.Status.LastErrors.Should().Equal(error);
        reloader.Status.DiskDiffersFromLoaded.Should().BeTrue();
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.EventId.Id == 4, "the exception is logged with its stack");
    }

    /// <summary>A reloader whose first load is the embedded set and every later one throws <paramref name="exception"/>.</summary>
    private static (RulesReloader Reloader, RuleSet Good, ListLoggerFactory Logs) StartThrowing(Exception exception)
    {
        var logs = new ListLoggerFactory();
        var loads = 0;
        var loader = new ScriptedLoader(() => loads++ == 0 ? RuleLoader.Embedded().Load() : throw exception);
        var (reloader, result) = RulesReloader.Start(loader, logs.CreateLogger("test"), new EligibilityOptions { RequiredWorkflows = [] }, Douyin.Eligibility.Diagnostics.EligibilityTelemetry.Shared);
        reloader.Should().NotBeNull();
        return (reloader!, result.RuleSet!, logs);
    }

    private static (ServiceProvider Provider, EligibilityEvaluator Evaluator, ListLoggerFactory Logs) Start(
        string directory, bool watch = false, TimeSpan? poll = null, TimeSpan? debounce = null, Action<EligibilityOptions>? configure = null)
    {
        var logs = new ListLoggerFactory();
        var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddDouyinEligibility(o =>
            {
                o.RulesDirectory = directory;
                o.WatchForChanges = watch;
                o.ReloadDebounce = debounce ?? TimeSpan.FromMilliseconds(20);
                o.DirectoryPollInterval = poll ?? TimeSpan.FromMilliseconds(100);
                configure?.Invoke(o);
            })
            .BuildServiceProvider();
        return (provider, provider.GetRequiredService<EligibilityEvaluator>(), logs);
    }

    private static AdmissionOutcome? Outcome(EligibilityEvaluator evaluator, decimal score)
        => evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = score }).Decision?.Outcome;

    private static bool IsRejection((LogLevel Level, EventId EventId, string Message) entry)
        => entry.Level == LogLevel.Warning && entry.Message.Contains("not reloaded", StringComparison.Ordinal);

    private static void CopyDirectory(string from, string to, Func<string, string>? edit = null)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, (edit ?? (t => t))(File.ReadAllText(file)));
        }
    }

    private sealed class ScriptedLoader(Func<RuleSetLoadResult> load) : RuleLoader
    {
        public override string? Directory => null;

        public override RuleSetLoadResult Load() => load();
    }
}
