using System.Diagnostics;
using System.Diagnostics.Metrics;
using N = Douyin.Eligibility.Diagnostics.EligibilityTelemetryNames;

namespace Douyin.Eligibility.Diagnostics;

/// <summary>
/// The instruments of an evaluator. With nobody listening every call is a few field reads: no timestamp, no
/// activity, no tag list, no allocation (the hot path is benchmarked in nanoseconds).
/// </summary>
internal sealed class EligibilityTelemetry : IDisposable
{
    private static readonly ActivitySource Source = new(N.ActivitySourceName, Version);

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _decisions;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _rejectedReloads;

    /// <summary>Instruments on a meter of <paramref name="meterFactory"/> (which owns it), or on a meter of their own.</summary>
    public EligibilityTelemetry(IMeterFactory? meterFactory)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(new MeterOptions(N.MeterName) { Version = Version }) ?? new Meter(N.MeterName, Version);
        _decisions = _meter.CreateCounter<long>(N.Decisions, "{decision}", "Decisions made, by family, outcome and rule set.");
        _duration = _meter.CreateHistogram<double>(N.EvaluationDuration, "s", "How long one decision takes.");
        _reloads = _meter.CreateCounter<long>(N.Reloads, "{reload}", "Rule reloads accepted.");
        _rejectedReloads = _meter.CreateCounter<long>(N.RejectedReloads, "{reload}", "Rule reloads rejected (the last good rule set stays).");
    }

    /// <summary>The instruments of evaluators built without dependency injection.</summary>
    public static EligibilityTelemetry Shared { get; } = new(meterFactory: null);

    private static string? Version => typeof(EligibilityTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>Starts timing (and tracing) one evaluation when someone listens; an unobserved (default) one otherwise.</summary>
    public Evaluation Start(string family)
    {
        var timed = _decisions.Enabled || _duration.Enabled;
        var activity = Source.HasListeners() ? Source.StartActivity(N.EvaluateActivity, ActivityKind.Internal) : null;
        if (!timed && activity is null)
        {
            return default;
        }

        activity?.SetTag(N.FamilyAttribute, family);
        return new Evaluation(timed ? Stopwatch.GetTimestamp() : 0, activity);
    }

    /// <summary>Records the decision of an evaluation that <see cref="Start"/> began.</summary>
    public void Stop(in Evaluation evaluation, string family, string outcome, string ruleSetHash)
    {
        if (evaluation.Activity is { } activity)
        {
            activity.SetTag(N.OutcomeAttribute, outcome);
            activity.SetTag(N.RuleSetHashAttribute, ruleSetHash);
            activity.Dispose();
        }

        if (evaluation.Started == 0)
        {
            return;
        }

        var tags = new TagList
        {
            { N.FamilyAttribute, family },
            { N.OutcomeAttribute, outcome },
            { N.RuleSetHashAttribute, ruleSetHash },
        };
        _decisions.Add(1, tags);
        if (_duration.Enabled)
        {
            _duration.Record(Stopwatch.GetElapsedTime(evaluation.Started).TotalSeconds, tags);
        }
    }

    /// <summary>Counts a reload: accepted (the set in use after it) or rejected (the set kept).</summary>
    public void Reloaded(bool accepted, string ruleSetHash)
    {
        var counter = accepted ? _reloads : _rejectedReloads;
        if (counter.Enabled)
        {
            counter.Add(1, new KeyValuePair<string, object?>(N.RuleSetHashAttribute, ruleSetHash));
        }
    }

    public void Dispose()
    {
        if (_ownsMeter && !ReferenceEquals(this, Shared))
        {
            _meter.Dispose();
        }
    }

    /// <summary>One evaluation in flight: its start timestamp (0 when not timed) and its span.</summary>
    internal readonly struct Evaluation(long started, Activity? activity)
    {
        public long Started { get; } = started;

        public Activity? Activity { get; } = activity;

        public bool IsObserved => Started != 0 || Activity is not null;
    }
}
