using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Tests.Randomized;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>
/// The fused verdict starts interpreted and is compiled in the background (<see cref="VerdictTiering"/>): before the
/// swap, after it, and while it happens under concurrent evaluations, the outcomes are those of the compiled-only
/// verdict, for generated workflows with rule errors, nested groups, params and missing values.
/// </summary>
public class VerdictTieringTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static Workflow Load(string json, VerdictTiering tiering, bool interpret = false)
    {
        var options = RuleFiles.Options().AddInputType<Faulty>();
        options.VerdictTiering = tiering;
        options.Interpret = interpret;
        return RuleSet.Load([RuleSource.FromText("rules.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf);
    }

    private static string Run(Workflow workflow, Store? store, int count)
    {
        var outcomes = new RuleOutcome[count];
        var outcome = workflow.Evaluate(AsOf, store, outcomes.AsSpan());
        return $"{outcome}: {string.Join(", ", outcomes)}";
    }

    [Theory]
    [InlineData(11, 5)]
    [InlineData(12, 33)]
    [InlineData(13, 70)]
    [InlineData(14, 100)]
    public void Evaluate_InterpretedThenSwapped_GivesTheCompiledOutcomes(int seed, int count)
    {
        var generator = new RandomExpressionGenerator(seed);
        var json = WorkflowVerdictTests.Generated(generator, new Random(seed), count);
        var compiled = Load(json, VerdictTiering.Compile);
        var tiered = Load(json, VerdictTiering.InterpretUntilAsked);
        var stores = Enumerable.Range(0, 40).Select(i => i switch { 0 => null, 1 => new Store { Count = 0 }, _ => generator.Store() }).ToArray();
        var expected = stores.Select(s => Run(compiled, s, count)).ToArray();

        stores.Select(s => Run(tiered, s, count)).Should().Equal(expected);
        tiered.IsVerdictFinal.Should().BeFalse("the chunks are still interpreted");
        stores.Select(s => tiered.Evaluate(AsOf, s).Outcomes.ToArray()).Should().BeEquivalentTo(stores.Select(s => compiled.Evaluate(AsOf, s).Outcomes.ToArray()), o => o.WithStrictOrdering());

        tiered.CompileVerdictNow();

        tiered.IsVerdictFinal.Should().BeTrue();
        stores.Select(s => Run(tiered, s, count)).Should().Equal(expected);
        string.Concat(expected).Should().Contain(nameof(RuleOutcome.Passed)).And.Contain(nameof(RuleOutcome.Failed)).And.Contain(nameof(RuleOutcome.Indeterminate));
    }

    [Theory]
    [InlineData(21, 70)]
    [InlineData(22, 200)]
    public void Evaluate_ConcurrentlyWhileTheBackgroundCompilerSwaps_GivesTheCompiledOutcomes(int seed, int count)
    {
        var generator = new RandomExpressionGenerator(seed);
        var json = WorkflowVerdictTests.Generated(generator, new Random(seed), count);
        var compiled = Load(json, VerdictTiering.Compile);
        var tiered = Load(json, VerdictTiering.InterpretThenCompile);
        var stores = Enumerable.Range(0, 30).Select(i => i == 0 ? null : generator.Store()).ToArray();
        var expected = stores.Select(s => Run(compiled, s, count)).ToArray();

        // Four threads evaluating from the first call on: compiling starts at the second, chunks swap in mid-run.
        var rounds = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => Enumerable.Range(0, 5).SelectMany(_ => stores.Select(s => Run(tiered, s, count))).ToArray())
            .ToList();

        rounds.Should().AllSatisfy(r => r.Should().Equal(Enumerable.Repeat(expected, 5).SelectMany(e => e)));
        tiered.CompileVerdictNow();
        tiered.IsVerdictFinal.Should().BeTrue();
        stores.Select(s => Run(tiered, s, count)).Should().Equal(expected);
    }

    [Fact]
    public void Evaluate_RuleErrorInEveryPhase_IsAnErrorForThatRuleOnly()
    {
        // 40 rules, the division in rule 20: the interpreted fast variant hands the erroring run to the guarded variant,
        // as the compiled one does; the per-rule path (test builds that count work) is the reference.
        var rules = string.Join(", ", Enumerable.Range(0, 40).Select(i => i == 20
            ? """{"RuleName": "R20", "Expression": "10 / store.Count > 1"}"""
            : $$"""{"RuleName": "R{{i}}", "Expression": "store.Count > {{i % 5}} || store.Flag"}"""));
        var json = $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{rules}}]}""";
        var tiered = Load(json, VerdictTiering.InterpretUntilAsked);
        var options = RuleFiles.Options();
        options.CountWork = true;
        var perRule = RuleSet.Load([RuleSource.FromText("rules.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf);
        var stores = new[] { new Store { Count = 3 }, new Store { Count = 0, Flag = false }, new Store(), new Store { Count = 2, Flag = true } };
        var expected = stores.Select(s => perRule.Evaluate(AsOf, s)).Select(r => $"{r.Outcome}: {string.Join(", ", r.Outcomes)}").ToArray();

        stores.Select(s => Run(tiered, s, 40)).Should().Equal(expected);
        tiered.CompileVerdictNow();
        stores.Select(s => Run(tiered, s, 40)).Should().Equal(expected);

        expected[1].Split(", ")[20].Should().Be(nameof(RuleOutcome.Error));
        expected[2].Should().StartWith(nameof(RuleOutcome.Indeterminate));
    }

    [Theory]
    [InlineData(96, false)]
    [InlineData(97, true)]
    public void Evaluate_AutomaticTiering_InterpretsFirstFromFourChunks(int count, bool interpretedFirst)
    {
        var rules = string.Join(", ", Enumerable.Range(0, count).Select(i => $$"""{"RuleName": "R{{i}}", "Expression": "store.Count > {{i % 5}}"}"""));
        var workflow = Load($$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{rules}}]}""", VerdictTiering.Automatic);

        Run(workflow, new Store { Count = 3 }, count).Should().StartWith("Failed: Passed, Passed, Passed, Failed, Failed, Passed");

        workflow.IsVerdictFinal.Should().Be(!interpretedFirst);
    }

    [Fact]
    public void Evaluate_InterpretThenCompile_CompilesFromTheSecondEvaluation()
    {
        const string json = """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "store.Count > 1"}]}""";
        var workflow = Load(json, VerdictTiering.InterpretThenCompile);

        Run(workflow, new Store { Count = 2 }, 1).Should().Be("Passed: Passed");
        workflow.IsVerdictFinal.Should().BeFalse("one evaluation does not start the compiler");
        Run(workflow, new Store { Count = 1 }, 1).Should().Be("Failed: Failed");
        workflow.CompileVerdictNow();
        workflow.IsVerdictFinal.Should().BeTrue();
        Run(workflow, new Store(), 1).Should().Be("Indeterminate: Indeterminate");
    }

    [Theory]
    [InlineData(nameof(VerdictTiering.Compile))]
    [InlineData(nameof(VerdictTiering.InterpretUntilAsked))]
    public void Evaluate_AlwaysInterpreted_HasNothingToSwap(string tiering)
    {
        // Native AOT and test builds that interpret: the interpreted chunks are final from the start.
        const string json = """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "10 / store.Count > 1"}]}""";
        var workflow = Load(json, Enum.Parse<VerdictTiering>(tiering), interpret: true);

        Run(workflow, new Store { Count = 0 }, 1).Should().Be("Error: Error");

        workflow.IsVerdictFinal.Should().BeTrue();
    }

    [Theory]
    [InlineData(nameof(VerdictTiering.Compile), false)]
    [InlineData(nameof(VerdictTiering.InterpretUntilAsked), false)]
    [InlineData(nameof(VerdictTiering.InterpretUntilAsked), true)]
    public void Evaluate_ExceptionThatIsNoRuleError_IsThrownInEveryForm(string tiering, bool swapped)
    {
        // A failing getter is a bug in the input type, not a rule error: it is not turned into an Error outcome.
        const string json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "input", "Type": "Faulty"}], "Rules": [
              {"RuleName": "Divided", "Expression": "10 / input.Zero > 1"},
              {"RuleName": "Broken", "Expression": "input.Broken > 1"}]}
            """;
        var workflow = Load(json, Enum.Parse<VerdictTiering>(tiering));
        if (swapped)
        {
            workflow.CompileVerdictNow();
        }

        var act = () => workflow.Evaluate(AsOf, new Faulty(), new RuleOutcome[2].AsSpan());

        act.Should().Throw<InvalidOperationException>().WithMessage("broken getter");
    }

    /// <summary>An input type whose getter throws an exception that is not a rule error.</summary>
    public sealed class Faulty
    {
        public int? Zero => 0;

        public int? Broken => throw new InvalidOperationException("broken getter");
    }
}
