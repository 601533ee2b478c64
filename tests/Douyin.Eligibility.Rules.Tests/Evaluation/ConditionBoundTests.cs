using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary><see cref="TraceEntry.Bound"/>: a numeric comparison against a threshold, held or not, the observed value on the left.</summary>
public class ConditionBoundTests
{
    private static readonly TraceSite[] Sites =
    [
        new("store.Score >= 3.5", "store.Score", ">=", BinaryOperator.GreaterOrEqual, "3.5", false, true, false),
        new("3.5 < store.Score", "3.5", "<", BinaryOperator.Less, "store.Score", true, false, false),
        new("store.Score == store.Other", "store.Score", "==", BinaryOperator.Equal, "store.Other", false, false, false),
    ];

    [Fact]
    public void Record_PassingComparison_HasABoundButNoGap()
    {
        var recorder = new TraceRecorder(Sites);

        ((ITraceSink)recorder).Record(0, 3.6m, 3.5m, true);

        var entry = recorder.Entries.Should().ContainSingle().Which;
        entry.Gap.Should().BeNull();
        entry.Bound.Should().Be(new ConditionBound("store.Score", 3.6m, ">=", 3.5m));
        entry.Bound!.Distance.Should().Be(0.1m);
    }

    [Fact]
    public void Record_ThresholdOnTheLeft_PutsTheObservedValueOnTheLeft()
    {
        var recorder = new TraceRecorder(Sites);

        ((ITraceSink)recorder).Record(1, 3.5m, 3.4m, false);

        var entry = recorder.Entries.Should().ContainSingle().Which;
        entry.Bound.Should().Be(new ConditionBound("store.Score", 3.4m, ">", 3.5m));
        entry.Gap!.Subject.Should().Be(entry.Bound!.Subject);
    }

    [Fact]
    public void Record_NoThresholdSide_HasNoBound()
    {
        var recorder = new TraceRecorder(Sites);

        ((ITraceSink)recorder).Record(2, 3.5m, 3.5m, true);

        recorder.Entries.Should().ContainSingle().Which.Bound.Should().BeNull();
    }
}
