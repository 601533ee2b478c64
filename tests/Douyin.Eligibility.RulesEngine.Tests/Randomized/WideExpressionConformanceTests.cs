using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Tests.TestSupport;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

using Xunit.Abstractions;

namespace Douyin.Eligibility.RulesEngine.Tests.Randomized;

/// <summary>
/// Random conditions over every kind of member and function (<see cref="WideExpressionGenerator"/>: dates, enums,
/// doubles, a nested object, string and number collections, string and date functions), on random stores at random
/// dates, through both backends: the same outcome for every rule. Expressions the built-in engine rejects at load
/// (a type error the generator can make) are left out; the rest must translate.
/// </summary>
public class WideExpressionConformanceTests(ITestOutputHelper output)
{
    private const int RulesPerWorkflow = 100;
    private const int StoresPerWorkflow = 40;

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public void Evaluate_RandomConditionsOverEveryMemberKind_SameOutcomesOnBothBackends(int seed)
    {
        var generator = new WideExpressionGenerator(seed);
        var options = new RuleSetOptions().AddInputType<Store>().AddInputType<Owner>();
        var rules = new List<string>();
        while (rules.Count < RulesPerWorkflow)
        {
            var expression = generator.Bool(3);
            var rule = $$"""{"RuleName": "R{{rules.Count}}", "Expression": {{JsonSerializer.Serialize(expression)}}}""";
            if (!RuleSet.Load([RuleSource.FromText("one.json", Workflow([rule]))], options).Diagnostics.Any(d => d.IsError))
            {
                rules.Add(rule);
            }
        }

        var set = RuleSet.Load([RuleSource.FromText($"wide-{seed}.json", Workflow(rules))], options).GetRuleSetOrThrow();
        var comparison = new BackendComparison(set);
        comparison.Translation.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        var report = new ConformanceReport();

        var cases = Enumerable.Range(0, StoresPerWorkflow)
            .Select(_ => (Store: generator.Store(), AsOf: generator.AsOf()))
            .Select(c => new ConformanceCase(Describe(c.Store), c.AsOf, c.Store))
            .Prepend(new ConformanceCase("store null", new DateOnly(2024, 7, 25), null));
        comparison.Compare(set.GetVersions("Wide"), cases, report);

        output.WriteLine($"seed {seed}: {report.Summary()}");
        report.Evaluations.Should().Be(StoresPerWorkflow + 1);
        report.AllAgree.Should().BeTrue(report.ToString());
        report.Count(RuleOutcome.Passed).Should().BeGreaterThan(0);
        report.Count(RuleOutcome.Failed).Should().BeGreaterThan(0);
        report.Count(RuleOutcome.Indeterminate).Should().BeGreaterThan(0);
    }

    private static string Workflow(IEnumerable<string> rules)
        => $$"""{"WorkflowName": "Wide", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{string.Join(",\n", rules)}}]}""";

    private static string Describe(Store s)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"store Score={s.Score}, Rate={s.Rate}, Count={s.Count}, Gmv={s.Gmv}, Flag={s.Flag}, Name={s.Name ?? "null"}, Opened={s.Opened}, Kind={s.Kind}, Ratio={s.Ratio}, "
            + $"Owner={(s.Owner is null ? "null" : $"{s.Owner.Name}/{s.Owner.Stores}")}, "
            + $"Items=[{(s.Items is null ? "null" : string.Join("; ", s.Items.Select(i => i is null ? "null" : $"{i.Amount}/{i.Points}/{i.Date}/{i.Code}")))}], "
            + $"Tags=[{(s.Tags is null ? "null" : string.Join("; ", s.Tags.Select(t => t ?? "null")))}], Numbers=[{(s.Numbers is null ? "null" : string.Join("; ", s.Numbers))}]");
}
