using System.Diagnostics;
using System.Diagnostics.Metrics;
using Douyin.Eligibility.Diagnostics;
using Douyin.Eligibility.Tests.Api;
using Microsoft.Extensions.DependencyInjection;
using N = Douyin.Eligibility.Diagnostics.EligibilityTelemetryNames;

namespace Douyin.Eligibility.Tests.Diagnostics;

public class EligibilityTelemetryTests
{
    /// <summary>An evaluator on a container with its own meter factory, and a listener to that factory's meters only.</summary>
    private sealed class Metered : IDisposable
    {
        private readonly MeterListener _listener = new();

        public Metered(string rulesDirectory)
        {
            Provider = new ServiceCollection().AddMetrics().AddDouyinEligibility(o => o.RulesDirectory = rulesDirectory).BuildServiceProvider();
            var factory = Provider.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == N.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
            _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
            _listener.Start();
            Evaluator = Provider.GetRequiredService<EligibilityEvaluator>();
        }

        public ServiceProvider Provider { get; }

        public EligibilityEvaluator Evaluator { get; }

        public List<(Instrument Instrument, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = [];

        public List<(double Value, Dictionary<string, object?> Tags)> Of(string name)
        {
            lock (Measurements)
            {
                return Measurements.Where(m => m.Instrument.Name == name).Select(m => (m.Value, m.Tags)).ToList();
            }
        }

        public void Dispose()
        {
            _listener.Dispose();
            Provider.Dispose();
        }

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            lock (Measurements)
            {
                Measurements.Add((instrument, value, copy));
            }
        }
    }

    [Fact]
    public void Evaluate_WithAListener_CountsDecisionsByFamilyOutcomeAndRuleSet_AndTimesThem()
    {
        using var metered = new Metered(TestRules.Directory);
        var hash = metered.Evaluator.CurrentRuleSet.ContentHash;

        metered.Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant());
        metered.Evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant() with { StoreScore = 4.0m });
        metered.Evaluator.EvaluateAllianceAdmission(null);

        var decisions = metered.Of(N.Decisions);
        decisions.Select(d => (d.Value, d.Tags[N.FamilyAttribute], d.Tags[N.OutcomeAttribute], d.Tags[N.RuleSetHashAttribute])).Should().Equal(
            (1d, "AllianceAdmission", "Eligible", hash),
            (1d, "AllianceAdmission", "NotEligible", hash),
            (1d, "AllianceAdmission", N.InvalidOutcome, hash));
        var durations = metered.Of(N.EvaluationDuration);
        durations.Should().HaveCount(3).And.OnlyContain(d => d.Value > 0 && d.Value < 60 && (string)d.Tags[N.FamilyAttribute]! == "AllianceAdmission");
    }

    [Fact]
    public void ReloadNow_WithAListener_CountsAcceptedAndRejectedReloadsWithTheHash()
    {
        using var rules = TestRules.Copy();
        using var metered = new Metered(rules.Path);
        var first = metered.Evaluator.CurrentRuleSet.ContentHash;

        rules.Edit("alliance/admission.json", "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.1\" }", "{ \"Name\": \"MinStoreScore\", \"Expression\": \"4.3\" }");
        metered.Evaluator.ReloadNow().IsSuccess.Should().BeTrue();
        var second = metered.Evaluator.CurrentRuleSet.ContentHash;
        rules.Edit("alliance/admission.json", "merchant.StoreScore > MinStoreScore", "merchant.StoreScor > MinStoreScore");
        metered.Evaluator.ReloadNow().IsSuccess.Should().BeFalse();

        second.Should().NotBe(first);
        metered.Of(N.Reloads).Should().ContainSingle().Which.Tags[N.RuleSetHashAttribute].Should().Be(second);
        metered.Of(N.RejectedReloads).Should().ContainSingle().Which.Tags[N.RuleSetHashAttribute].Should().Be(second, "the set kept");
    }

    [Fact]
    public void Evaluate_WithAnActivityListener_EmitsOneSpanPerDecisionWithItsAttributes()
    {
        using var testSource = new ActivitySource("Douyin.Eligibility.Tests." + nameof(EligibilityTelemetryTests));
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == N.ActivitySourceName || s == testSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (stopped) { stopped.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var evaluator = TestRules.Evaluator;

        using (var parent = testSource.StartActivity("test")!)
        {
            var store = TestRules.GoodMerchant() with { Products = [Douyin.Eligibility.Tests.Support.Snapshots.Product(), Douyin.Eligibility.Tests.Support.Snapshots.Product() with { Id = "P-2" }] };
            evaluator.EvaluateAllianceClearance(store);
            evaluator.EvaluateProductClearance(store);

            List<Activity> mine;
            lock (stopped)
            {
                mine = stopped.Where(a => a.ParentSpanId == parent.SpanId).ToList();
            }

            const int products = 2;
            mine.Should().HaveCount(1 + products).And.OnlyContain(a => a.OperationName == N.EvaluateActivity && a.Source.Name == N.ActivitySourceName);
            mine.Select(a => a.GetTagItem(N.FamilyAttribute)).Should().Equal(new[] { "AllianceClearance" }.Concat(Enumerable.Repeat("AllianceProductClearance", products)));
            mine.Should().OnlyContain(a => (string?)a.GetTagItem(N.RuleSetHashAttribute) == evaluator.CurrentRuleSet.ContentHash && a.GetTagItem(N.OutcomeAttribute) != null);
        }
    }

    [Fact]
    public void Telemetry_WithoutListeners_ObservesNothing()
    {
        using var telemetry = new EligibilityTelemetry(meterFactory: null);

        telemetry.Start("AllianceAdmission").IsObserved.Should().BeFalse();
    }
}
