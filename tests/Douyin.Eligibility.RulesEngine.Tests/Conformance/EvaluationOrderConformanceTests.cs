using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Tests.TestSupport;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.RulesEngine.Tests.Conformance;

/// <summary>
/// The smallest cases of what the error-prone random expressions and the sample merchant without a date found: an
/// arithmetic or comparison operator whose left operand is unknown and whose right operand fails (division by zero,
/// overflow, a date off the calendar). Both operands are evaluated, left then right, on both engines, so the rule is
/// an Error whether the left operand is known or not (the built-in engine once skipped the right operand of a lifted
/// decimal or date operator, and gave Indeterminate there).
/// </summary>
public class EvaluationOrderConformanceTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    [Theory]
    [InlineData("store.Score <= 10 / store.Count")]
    [InlineData("store.Score != 10 / store.Count")]
    [InlineData("store.Score + store.Gmv * 9223372036854775807 == 3")]
    [InlineData("store.Score * 3 - 10 / store.Count > 1")]
    [InlineData("store.Opened <= AddDays(AsOf, -2147483647)")]
    [InlineData("((3.06 == null ? store.Score : store.Gmv) - store.Items.Sum(i => i.Points) < 10 / store.Count) && store.Name == \"a\"")]
    public void Evaluate_UnknownLeftOperandBeforeFailingRight_ErrorOnBothBackends(string expression)
    {
        var set = RuleSet.Load(
            [RuleSource.FromText("order.json", $$"""{"WorkflowName": "Order", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}}}]}""")],
            new RuleSetOptions().AddInputType<Store>()).GetRuleSetOrThrow();
        var comparison = new BackendComparison(set);
        var report = new ConformanceReport();
        var unknownLeft = new Store { Score = null, Opened = null, Items = [null!], Count = 0, Gmv = 2, Name = "b" };
        var knownLeft = new Store { Score = 1m, Opened = AsOf, Items = [new Item { Points = 1 }], Count = 0, Gmv = 2, Name = "a" };

        comparison.Compare(set.GetVersions("Order"), [new("unknown left", AsOf, unknownLeft), new("known left", AsOf, knownLeft)], report);

        report.AllAgree.Should().BeTrue(report.ToString());
        report.Count(RuleOutcome.Error).Should().Be(2, "the failing right operand is evaluated whatever the left one is");
    }
}
