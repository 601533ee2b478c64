using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Rules.Tests.Randomized;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>
/// Compiled loops index a <see cref="ValueList{T}"/>'s array directly and read any other list through
/// <see cref="IReadOnlyList{T}"/>: the same data as a ValueList, a List and an array gives the same outcomes, the size
/// guard's errors included.
/// </summary>
public class ValueListLoopTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private const string Fixed = """
        { "RuleName": "Any", "Expression": "store.Items.Any(i => i.Points > 3)" },
        { "RuleName": "All", "Expression": "store.Items.All(i => i.Amount < 2.5)" },
        { "RuleName": "Count", "Expression": "store.Items.Count() == 2" },
        { "RuleName": "Sum", "Expression": "store.Items.Sum(i => i.Points) > 6" },
        { "RuleName": "Max", "Expression": "store.Items.Max(i => i.Amount) > 1" },
        { "RuleName": "Nested", "Expression": "store.Items.Any(a => store.Items.Any(b => a.Points > b.Points))" },
        { "RuleName": "Tags", "Expression": "store.Tags.Contains('a')" },
        { "RuleName": "TagsAny", "Expression": "store.Tags.Any(t => t == 'b') && store.Items.Count() < 3" }
        """;

    private static string Workflow(string rules) => $$"""{ "WorkflowName": "W", "Inputs": [{ "Name": "store", "Type": "Store" }], "Rules": [{{rules}}] }""";

    private static Workflow Load(string json)
    {
        var options = RuleFiles.Options();
        options.MaxSizes["Store.Items"] = 3;
        options.MaxSizes["Store.Tags"] = 3;
        var workflow = RuleSet.Load([RuleSource.FromText("rules.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf);
        workflow.CompileVerdictNow();
        return workflow;
    }

    private static Store With(Store store, Func<IReadOnlyList<Item>, IReadOnlyList<Item>> items, Func<IReadOnlyList<string>, IReadOnlyList<string>> tags) => new()
    {
        Score = store.Score,
        Count = store.Count,
        Gmv = store.Gmv,
        Flag = store.Flag,
        Name = store.Name,
        Items = store.Items is null ? null : items(store.Items),
        Tags = store.Tags is null ? null : tags(store.Tags),
    };

    private static Store Generate(RandomExpressionGenerator generator, Random random)
    {
        int? Maybe(int value) => random.Next(4) == 0 ? null : value;
        var store = generator.Store();
        return new Store
        {
            Score = store.Score,
            Count = store.Count,
            Gmv = store.Gmv,
            Flag = store.Flag,
            Name = store.Name,
            Items = random.Next(6) == 0 ? null : Enumerable.Range(0, random.Next(0, 6)).Select(_ => new Item { Points = Maybe(random.Next(0, 10)), Amount = random.Next(4) == 0 ? null : random.Next(0, 400) / 100m }).ToArray(),
            Tags = random.Next(6) == 0 ? null : Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(3) switch { 0 => null!, 1 => "a", _ => "b" }).ToArray(),
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Evaluate_ValueListListAndArray_GiveTheSameOutcomesAndErrors(int seed)
    {
        var generator = new RandomExpressionGenerator(seed);
        var random = new Random(seed);
        var generated = WorkflowVerdictTests.Generated(generator, random, 20);
        var workflow = Load(generated.Replace("\"Rules\": [", "\"Rules\": [" + Fixed + ",", StringComparison.Ordinal));
        var count = workflow.Rules.Count;
        var tooLong = 0;

        for (var i = 0; i < 200; i++)
        {
            var array = Generate(generator, random);
            var valueList = With(array, ValueList<Item>.From, ValueList<string>.From);
            var list = With(array, items => items.ToList(), tags => tags.ToList());
            valueList.Items.Should().Match(l => l == null || l is ValueList<Item>, "the ValueList path is the one under test");

            var expected = workflow.Explain(AsOf, list);
            foreach (var store in new[] { valueList, array })
            {
                var outcomes = new RuleOutcome[count];
                workflow.Evaluate(AsOf, store, outcomes.AsSpan()).Should().Be(expected.Outcome, "store {0}", i);
                outcomes.Should().Equal(expected.Outcomes, "store {0}", i);
                workflow.Explain(AsOf, store).Results.Select(r => r.ErrorMessage).Should().Equal(expected.Results.Select(r => r.ErrorMessage), "store {0}", i);
            }

            tooLong += expected.Results.Count(r => r.ErrorMessage?.Contains("more than its declared maximum of 3 elements", StringComparison.Ordinal) == true);
        }

        tooLong.Should().BeGreaterThan(0, "some generated lists pass their declared maximum, so the size guard is exercised");
    }

    [Fact]
    public void Evaluate_ValueListLongerThanItsDeclaredMaximum_IsTheSameErrorAsAList()
    {
        var workflow = Load(Workflow("""{ "RuleName": "Any", "Expression": "store.Items.Any(i => i.Points > 3)" }"""));
        var items = Enumerable.Range(0, 4).Select(p => new Item { Points = p }).ToList();
        var outcomes = new RuleOutcome[1];

        workflow.Evaluate(AsOf, new Store { Items = ValueList<Item>.From(items) }, outcomes.AsSpan()).Should().Be(RuleOutcome.Error);
        workflow.Evaluate(AsOf, new Store { Items = items }, outcomes.AsSpan()).Should().Be(RuleOutcome.Error);
        var fromValueList = workflow.Explain(AsOf, new Store { Items = ValueList<Item>.From(items) }).Results[0].ErrorMessage;
        fromValueList.Should().Contain("'store.Items' has more than its declared maximum of 3 elements");
        fromValueList.Should().Be(workflow.Explain(AsOf, new Store { Items = items }).Results[0].ErrorMessage);
        workflow.Evaluate(AsOf, new Store { Items = ValueList<Item>.From(items.Take(3)) }, outcomes.AsSpan()).Should().Be(RuleOutcome.Failed);
    }
}
