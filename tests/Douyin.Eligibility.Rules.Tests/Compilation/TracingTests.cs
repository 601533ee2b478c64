using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Compilation;

public class TracingTests
{
    [Fact]
    public void Trace_Comparison_ShowsOperandsValuesAndOutcome()
    {
        var (value, recorder) = ExpressionHost.Traced("store.Score > MinScore", new Store { Score = 4.05m });
        value.Should().BeFalse();
        recorder.Entries.Should().ContainSingle().Which.ToString().Should().Be("store.Score (4.05) > MinScore (4.1) → false");
    }

    [Fact]
    public void Trace_FailedStrictBound_GivesSmallestPassingValue()
    {
        var (_, recorder) = ExpressionHost.Traced("store.Score > MinScore", new Store { Score = 4.05m });
        var gap = recorder.Entries[0].Gap!;
        gap.Required.Should().Be(4.11m);
        gap.Change.Should().Be(0.06m);
        gap.ToString().Should().Be("store.Score > 4.1: 4.05 → 4.11 (+0.06)");
    }

    [Fact]
    public void Trace_IntegerBoundWithThresholdOnLeft_GapIsWholeNumber()
    {
        var (_, recorder) = ExpressionHost.Traced("Limit <= store.Count", new Store { Count = 1 });
        var gap = recorder.Entries[0].Gap!;
        gap.Subject.Should().Be("store.Count");
        gap.Operator.Should().Be(">=");
        gap.Change.Should().Be(2);
    }

    [Fact]
    public void Trace_UpperBound_GapIsNegative()
    {
        var (_, recorder) = ExpressionHost.Traced("store.Count < 3", new Store { Count = 5 });
        recorder.Entries[0].Gap!.Change.Should().Be(-3);
    }

    [Fact]
    public void Trace_PassedCondition_HasNoGap()
    {
        var (_, recorder) = ExpressionHost.Traced("store.Count < 3", new Store { Count = 1 });
        recorder.Entries[0].Gap.Should().BeNull();
    }

    [Fact]
    public void Trace_MissingValues_AreNamedByPath()
    {
        var (value, recorder) = ExpressionHost.Traced("store.Score > 1 && store.Items.All(i => i.Amount > 0)", new Store { Items = [new Item()] });
        value.Should().BeNull();
        recorder.Missing.Should().Equal("store.Score", "store.Items[].Amount");
    }

    [Fact]
    public void Trace_ExplicitNullTest_DoesNotCountAsMissing()
    {
        var (value, recorder) = ExpressionHost.Traced("store.Score == null || (store.Rate ?? 0) > 1", new Store());
        value.Should().BeTrue();
        recorder.Missing.Should().BeEmpty();
    }

    [Fact]
    public void Trace_BooleanLeaves_AreRecordedWithoutDescendingIntoLambdas()
    {
        var (_, recorder) = ExpressionHost.Traced("store.Flag && store.Items.Any(i => i.Points > 1)", new Store { Flag = true, Items = [new Item { Points = 3 }] });
        recorder.Entries.Select(e => e.ToString()).Should().Equal("store.Flag → true", "store.Items.Any(i => i.Points > 1) → true");
    }

    [Fact]
    public void Trace_UnknownComparison_PrintsUnknown()
    {
        var (_, recorder) = ExpressionHost.Traced("store.Score > 4.1", new Store());
        recorder.Entries[0].ToString().Should().Be("store.Score (null) > 4.1 → unknown");
    }
}
