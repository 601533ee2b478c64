using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>The three delegates of a compiled rule: verdict, explaining and locating.</summary>
public class CompiledRuleTests
{
    private static CompiledRule Rule(string expression)
        => new(new RuleInfo("R", new SourceLocation("test.json", 0, 0)), ExpressionHost.BindOrFail(expression), [], new Dictionary<string, MessageTemplate>(), CompileSettings.Default);

    [Theory]
    [InlineData(0, 19)]
    [InlineData(5, null)]
    [InlineData(null, null)]
    public void Locate_Inputs_PlacesAFailureOrGivesNull(int? count, int? column)
    {
        var location = Rule("store.Count > 5 || 10 / store.Count > 1").Locate([new Store { Count = count }], ExpressionHost.AsOf);

        location.Should().Be(column is { } c ? new SourceLocation("test.json", 0, c) : null);
    }

    [Fact]
    public void Explain_Condition_RecordsItsTraceAndWhatWasMissing()
    {
        var (value, recorder, _) = Rule("store.Score > MinScore").Explain([new Store()], ExpressionHost.AsOf);

        value.Should().BeNull();
        recorder.Entries.Should().ContainSingle().Which.Expression.Should().Be("store.Score > MinScore");
        recorder.Missing.Should().Equal("store.Score");
    }

    [Fact]
    public void IsLeaf_RuleWithoutCondition_IsFalse()
        => new CompiledRule(new RuleInfo("P", new SourceLocation("test.json", 0, 0)), null, [Rule("true")], new Dictionary<string, MessageTemplate>(), CompileSettings.Default).IsLeaf.Should().BeFalse();
}
