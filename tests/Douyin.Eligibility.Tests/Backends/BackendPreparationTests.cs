using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Tests.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Tests.Backends;

/// <summary>
/// Every set an evaluator loads goes through <see cref="EvaluationBackend.Prepare"/> before it is used, at start and on
/// each reload, and the backend's errors reject it like load errors.
/// </summary>
public class BackendPreparationTests
{
    private const string Threshold41 = "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.1\" }";
    private const string Threshold43 = "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.3\" }";

    [Fact]
    public void Create_Backend_PreparesTheSetInUseOnce()
    {
        var backend = new InvertingBackend();

        using var evaluator = EligibilityEvaluator.Create(TestRules.Directory, new EligibilityOptions { Backend = backend });

        backend.Prepared.Should().ContainSingle().Which.Should().BeSameAs(evaluator.CurrentRuleSet);
    }

    [Fact]
    public void CreateDefault_Backend_PreparesTheEmbeddedSet()
    {
        var backend = new InvertingBackend();

        using var evaluator = EligibilityEvaluator.CreateDefault(new EligibilityOptions { Backend = backend });

        backend.Prepared.Should().ContainSingle().Which.Should().BeSameAs(evaluator.CurrentRuleSet);
    }

    [Fact]
    public void Create_PrepareError_ThrowsRuleSetLoadExceptionWithTheDiagnostic()
    {
        var backend = new RejectingBackend();

        var act = () => EligibilityEvaluator.Create(TestRules.Directory, new EligibilityOptions { Backend = backend });

        act.Should().Throw<RuleSetLoadException>()
            .WithMessage("*alliance/admission.json(4,6): error TB0001: the test backend cannot run this rule set*")
            .Which.Diagnostics.Should().ContainSingle().Which.Should().Be(backend.Diagnostic);
    }

    [Fact]
    public void TryCreate_PrepareError_FailsWithTheDiagnosticAndNoEvaluator()
    {
        var result = EligibilityEvaluator.TryCreate(null, out var evaluator, new EligibilityOptions { Backend = new RejectingBackend() });

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(d => d.Code).Should().Equal(RejectingBackend.Code);
        evaluator.Should().BeNull();
    }

    [Fact]
    public void TryCreate_PrepareWarning_LoadsAndReportsIt()
    {
        var backend = new RejectingBackend(severity: DiagnosticSeverity.Warning);

        var result = EligibilityEvaluator.TryCreate(TestRules.Directory, out var evaluator, new EligibilityOptions { Backend = backend });
        using var _ = evaluator;

        result.IsSuccess.Should().BeTrue();
        result.Diagnostics.Should().Contain(backend.Diagnostic);
        evaluator!.CurrentRuleSet.Should().BeSameAs(result.RuleSet);
    }

    [Fact]
    public void AddDouyinEligibility_PrepareError_FailsWhenResolved()
    {
        using var provider = new ServiceCollection()
            .AddDouyinEligibility(o => o.Backend = new RejectingBackend())
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<EligibilityEvaluator>();

        act.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*error TB0001:*");
    }

    [Fact]
    public void Create_SetWithoutARequiredWorkflow_IsRejectedBeforeTheBackendPreparesIt()
    {
        var backend = new InvertingBackend();

        var act = () => EligibilityEvaluator.Create(TestRules.Directory, new EligibilityOptions { Backend = backend, RequiredWorkflows = ["NoSuchWorkflow"] });

        act.Should().Throw<RuleSetLoadException>().WithMessage("*error DE5003:*");
        backend.Prepared.Should().BeEmpty();
    }

    [Fact]
    public void ReloadNow_ChangedFiles_PreparesTheNewSetBeforeItIsUsed()
    {
        using var rules = TestRules.Copy();
        var backend = new InvertingBackend();
        var (provider, evaluator, _) = Start(rules.Path, backend);
        using var __ = provider;
        var first = evaluator.CurrentRuleSet;

        rules.Edit("alliance/admission.json", Threshold41, Threshold43);
        evaluator.ReloadNow().IsSuccess.Should().BeTrue();

        evaluator.CurrentRuleSet.Should().NotBeSameAs(first);
        backend.Prepared.Should().Equal(first, evaluator.CurrentRuleSet);
    }

    [Fact]
    public void ReloadNow_UnchangedFiles_DoesNotPrepareTheSameRulesAgain()
    {
        using var rules = TestRules.Copy();
        var backend = new InvertingBackend();
        var (provider, evaluator, _) = Start(rules.Path, backend);
        using var __ = provider;
        var first = evaluator.CurrentRuleSet;

        evaluator.ReloadNow().IsSuccess.Should().BeTrue();

        evaluator.CurrentRuleSet.Should().BeSameAs(first);
        backend.Prepared.Should().Equal(first);
    }

    [Fact]
    public void ReloadNow_PrepareError_IsRejectedLoggedAndReportedAndTheLastGoodSetStays()
    {
        using var rules = TestRules.Copy();
        var backend = new RejectingBackend(rejecting: false);
        var (provider, evaluator, logs) = Start(rules.Path, backend);
        using var __ = provider;
        var good = evaluator.CurrentRuleSet;

        rules.Edit("alliance/admission.json", Threshold41, Threshold43);
        backend.Rejecting = true;
        var result = evaluator.ReloadNow();

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().Equal(backend.Diagnostic);
        evaluator.CurrentRuleSet.Should().BeSameAs(good);
        Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.Eligible, "the last good threshold, 4.1, still decides");
        var status = evaluator.ReloadStatus;
        status.DiskDiffersFromLoaded.Should().BeTrue();
        status.LastErrors.Should().Equal(backend.Diagnostic);
        status.RejectedReloads.Should().Be(1);
        status.LoadedHash.Should().Be(good.ContentHash);
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("not reloaded", StringComparison.Ordinal));
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.Contains("error TB0001:", StringComparison.Ordinal));

        // Once the backend accepts the files, the next reload uses them.
        backend.Rejecting = false;
        evaluator.ReloadNow().IsSuccess.Should().BeTrue();
        Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.NotEligible);
        evaluator.ReloadStatus.DiskDiffersFromLoaded.Should().BeFalse();
        backend.PrepareCalls.Should().Be(3);
    }

    [Fact]
    public async Task Watcher_EditTheBackendRejects_KeepsTheLastGoodSet()
    {
        using var rules = TestRules.Copy();
        var backend = new RejectingBackend(rejecting: false);
        var (provider, evaluator, _) = Start(rules.Path, backend, watch: true);
        using var __ = provider;
        var good = evaluator.CurrentRuleSet;
        evaluator.ReloadStatus.IsWatcherArmed.Should().BeTrue("without an armed watcher nothing below could observe the edit");

        backend.Rejecting = true;
        rules.Edit("alliance/admission.json", Threshold41, Threshold43);

        (await Eventually.HoldsAsync(() => evaluator.ReloadStatus.LastErrors.Any(d => d.Code == RejectingBackend.Code)))
            .Should().BeTrue("the watcher reloads the edit and the backend rejects it");
        evaluator.CurrentRuleSet.Should().BeSameAs(good);
        Outcome(evaluator, 4.2m).Should().Be(AdmissionOutcome.Eligible);
    }

    [Fact]
    public void Constructor_CallersHolder_LeavesPreparingToTheBackend()
    {
        var backend = new InvertingBackend();
        var evaluator = new EligibilityEvaluator(new RuleSetHolder(TestRules.Evaluator.CurrentRuleSet), new EligibilityOptions { Backend = backend });

        evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant()).Decision!.Outcome.Should().Be(AdmissionOutcome.NotEligible);

        evaluator.Backend.Should().BeSameAs(backend);
        backend.Prepared.Should().BeEmpty("a caller's holder is the backend's to prepare on first use");
    }

    private static (ServiceProvider Provider, EligibilityEvaluator Evaluator, ListLoggerFactory Logs) Start(string directory, EvaluationBackend backend, bool watch = false)
    {
        var logs = new ListLoggerFactory();
        var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddDouyinEligibility(o =>
            {
                o.RulesDirectory = directory;
                o.Backend = backend;
                o.WatchForChanges = watch;
                o.ReloadDebounce = TimeSpan.FromMilliseconds(20);
                o.DirectoryPollInterval = TimeSpan.FromMilliseconds(100);
            })
            .BuildServiceProvider();
        return (provider, provider.GetRequiredService<EligibilityEvaluator>(), logs);
    }

    private static AdmissionOutcome? Outcome(EligibilityEvaluator evaluator, decimal score)
        => evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = score }).Decision?.Outcome;
}
