using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>What the explaining variant reports through <see cref="ITraceSink"/> becomes trace entries and missing paths.</summary>
public class TraceRecorderTests
{
    private static readonly TraceSite[] Sites =
    [
        new("store.Score > 4.1", "store.Score", ">", BinaryOperator.Greater, "4.1", false, true, false),
        new("store.Flag", null, null, null, null, false, false, false),
    ];

    [Fact]
    public void Record_ComparisonSite_BuildsEntryWithOperandsAndGap()
    {
        ITraceSink sink = new TraceRecorder(Sites);

        sink.Record(0, 4.05m, 4.1m, false);

        var entry = ((TraceRecorder)sink).Entries.Should().ContainSingle().Which;
        entry.ToString().Should().Be("store.Score (4.05) > 4.1 → false");
        entry.Gap!.Required.Should().Be(4.11m);
    }

    [Fact]
    public void Record_LeafSite_BuildsEntryWithoutOperands()
    {
        var recorder = new TraceRecorder(Sites);

        recorder.Record(1, null, null, null);

        recorder.Entries.Should().ContainSingle().Which.ToString().Should().Be("store.Flag → unknown");
    }

    [Fact]
    public void NullRead_SamePathTwice_IsListedOnce()
    {
        var recorder = new TraceRecorder(Sites);

        recorder.NullRead("store.Score");
        recorder.NullRead("store.Name");
        recorder.NullRead("store.Score");

        recorder.Missing.Should().Equal("store.Score", "store.Name");
    }
}
