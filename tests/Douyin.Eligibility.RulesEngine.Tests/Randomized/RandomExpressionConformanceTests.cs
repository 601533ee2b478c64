using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Tests.Randomized;
using Douyin.Eligibility.Rules.Tests.TestSupport;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

using Xunit.Abstractions;

namespace Douyin.Eligibility.RulesEngine.Tests.Randomized;

/// <summary>
/// The engine's random well-typed expressions (<see cref="RandomExpressionGenerator"/>, shared with
/// Douyin.Eligibility.Rules.Tests) as rules of generated workflows, with nested And/Or groups, a global and a local
/// param, division that may be by zero and multiplication that may overflow, run on random stores with nulls through
/// both backends: the same outcome for every rule.
/// </summary>
public class RandomExpressionConformanceTests(ITestOutputHelper output)
{
    private const int WorkflowsPerSeed = 4;
    private const int RulesPerWorkflow = 100;
    private const int StoresPerWorkflow = 40;

    private static readonly DateOnly AsOf = new(2024, 7, 25);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Evaluate_RandomExpressions_SameOutcomesOnBothBackends(int seed)
        => Check(seed, (generator, random) => random.Next(10) switch
        {
            0 => $"10 / store.Count > 1 || {generator.Bool(1).Print()}",
            1 => $"store.Gmv * 9223372036854775807 > 1 && {generator.Bool(1).Print()}",
            _ => generator.Bool(4).Print(),
        });

    /// <summary>
    /// Terms that fail (division by a zero count, multiplication that overflows) on either side of comparisons,
    /// arithmetic, <c>??</c> and <c>?:</c>, inside lambdas and folds, beside operands that may be unknown: whether an
    /// error shows depends on what the engine evaluates, so this checks that both evaluate the same operands.
    /// </summary>
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Evaluate_ErrorProneExpressions_SameOutcomesOnBothBackends(int seed)
        => Check(seed, (generator, random) =>
        {
            string Failing(bool inLambda) => random.Next(inLambda ? 4 : 2) switch
            {
                0 => "(10 / store.Count)",
                1 => "(store.Gmv * 9223372036854775807)",
                2 => "(i.Points / store.Count)",
                _ => "(i.Points * 2147483647 * 2147483647 * 4)",
            };

            string Num(bool inLambda) => random.Chance(0.5) ? generator.Num(2, inLambda).Print() : Failing(inLambda);
            string Cmp() => random.Pick("<", "<=", ">", ">=", "==", "!=");
            string Shape(bool inLambda) => random.Next(8) switch
            {
                0 => $"({Num(inLambda)} {Cmp()} {Num(inLambda)})",
                1 => $"(({Num(inLambda)} {random.Pick("+", "-", "*")} {Num(inLambda)}) {Cmp()} 3)",
                2 => $"(({Num(inLambda)} ?? {Num(inLambda)}) {Cmp()} 2)",
                3 => $"(({generator.Bool(2, inLambda).Print()} ? {Num(inLambda)} : {Num(inLambda)}) {Cmp()} 1)",
                4 => $"({generator.Bool(2, inLambda).Print()} {random.Pick("&&", "||")} {Shape(inLambda)})",
                5 => $"({Shape(inLambda)} {random.Pick("&&", "||")} {generator.Bool(2, inLambda).Print()})",
                6 => inLambda ? Shape(true) : $"store.Items.{random.Pick("Any", "All")}(i => {Shape(true)})",
                _ => inLambda ? Shape(true) : $"(store.Items.{random.Pick("Sum(i => i.Points * 2147483647 * 2147483647)", "Count(i => " + Shape(true) + ")")} {Cmp()} 2)",
            };

            return Shape(inLambda: false);
        });

    private void Check(int seed, Func<RandomExpressionGenerator, Random, string> condition)
    {
        var generator = new RandomExpressionGenerator(seed);
        var random = new Random(seed);
        var sources = Enumerable.Range(0, WorkflowsPerSeed)
            .Select(w => RuleSource.FromText($"random-{seed}-{w}.json", Workflow($"Random{seed}_{w}", () => condition(generator, random), generator, random)))
            .ToList();
        var load = RuleSet.Load(sources, new RuleSetOptions().AddInputType<Store>().AddInputType<Owner>());
        load.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).Should().BeEmpty();
        var set = load.GetRuleSetOrThrow();
        var comparison = new BackendComparison(set);
        comparison.Translation.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        var report = new ConformanceReport();

        foreach (var workflow in set.Workflows)
        {
            var stores = Enumerable.Range(0, StoresPerWorkflow).Select(_ => generator.Store()).Prepend(null).ToList();
            comparison.Compare([workflow], stores.Select(s => new ConformanceCase(Describe(s), AsOf, s)), report);
        }

        output.WriteLine($"seed {seed}: {report.Summary()}");
        report.Evaluations.Should().Be(WorkflowsPerSeed * (StoresPerWorkflow + 1));
        report.AllAgree.Should().BeTrue(report.ToString());
        report.Count(RuleOutcome.Passed).Should().BeGreaterThan(0);
        report.Count(RuleOutcome.Failed).Should().BeGreaterThan(0);
        report.Count(RuleOutcome.Indeterminate).Should().BeGreaterThan(0);
        report.Count(RuleOutcome.Error).Should().BeGreaterThan(0);
    }

    private static string Workflow(string name, Func<string> condition, RandomExpressionGenerator generator, Random random)
    {
        string Quote(string expression) => JsonSerializer.Serialize(expression);

        string Leaf(string rule) => random.Next(10) == 0
            ? $$"""{"RuleName": "{{rule}}", "Expression": "N0 > 3 || L1 < 2", "LocalParams": [{"Name": "L1", "Expression": {{Quote(generator.Num(2, inLambda: false).Print())}}}]}"""
            : $$"""{"RuleName": "{{rule}}", "Expression": {{Quote(condition())}}}""";

        string Rule(string rule, int depth) => depth > 0 && random.Next(6) == 0
            ? $$"""{"RuleName": "{{rule}}", "Operator": "{{random.Pick("And", "Or", "AndAlso", "OrElse")}}", "Rules": [{{string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(i => Rule($"{rule}_{i}", depth - 1)))}}]}"""
            : Leaf(rule);

        return $$"""
            {"WorkflowName": "{{name}}", "Inputs": [{"Name": "store", "Type": "Store"}],
             "GlobalParams": [{"Name": "N0", "Expression": {{Quote(generator.Num(2, inLambda: false).Print())}}}],
             "Rules": [{{string.Join(",\n", Enumerable.Range(0, RulesPerWorkflow).Select(i => Rule($"R{i}", 2)))}}]}
            """;
    }

    private static string Describe(Store? s)
        => s is null
            ? "store null"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"store Score={s.Score}, Count={s.Count}, Gmv={s.Gmv}, Flag={s.Flag}, Name={s.Name}, Items=[{(s.Items is null ? "null" : string.Join("; ", s.Items.Select(i => $"{i.Amount}/{i.Points}")))}]");
}
