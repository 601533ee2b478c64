using System.Text.Json;
using Douyin.Eligibility.Rules.Tests.Randomized;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>
/// The fused verdict of a workflow (<see cref="Workflow.Evaluate{TInput}"/>, and the outcomes behind
/// <see cref="Workflow.Evaluate"/> and <see cref="Workflow.Explain"/>), against the per-rule path it replaces, which test
/// builds that count work still take: the same outcomes, the same lazily built results.
/// </summary>
public class WorkflowVerdictTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private const string Admission = """
        {
          "WorkflowName": "W",
          "Inputs": [{ "Name": "store", "Type": "Store" }],
          "GlobalParams": [{ "Name": "MinScore", "Expression": "4.1" }, { "Name": "Limit", "Expression": "3" }],
          "Rules": [
            { "RuleName": "Score", "Expression": "store.Score > MinScore" },
            { "RuleName": "Count", "Expression": "store.Count < Limit" },
            { "RuleName": "Divided", "Expression": "10 / store.Count > 1" },
            { "RuleName": "Quality", "Operator": "OrElse", "Rules": [
              { "RuleName": "Flag", "Expression": "store.Flag" },
              { "RuleName": "Named", "Expression": "store.Name == 'a'" } ] },
            { "RuleName": "Items", "Expression": "store.Items.Any(i => i.Points > 3 && WithinLastDays(i.Date, 30))" }
          ]
        }
        """;

    private static string Quote(string expression) => JsonSerializer.Serialize(expression);

    private static Workflow Load(string json, bool countWork = false, bool interpret = false)
    {
        var options = RuleFiles.Options();
        options.CountWork = countWork;
        options.Interpret = interpret;
        return RuleSet.Load([RuleSource.FromText("rules.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf);
    }

    /// <summary>
    /// A workflow of <paramref name="count"/> generated rules: random conditions, rules that may divide by zero, nested
    /// And and Or groups (two levels), and rules reading non-constant global and local params.
    /// </summary>
    internal static string Generated(RandomExpressionGenerator generator, Random random, int count)
    {
        string Leaf(string name) => random.Next(6) switch
        {
            0 => $$"""{"RuleName": "{{name}}", "Expression": {{Quote($"10 / (store.Count ?? 1) > 1 || {generator.Bool(1).Print()}")}}}""",
            1 => $$"""{"RuleName": "{{name}}", "Expression": "N0 > 3 || N1 < 2", "LocalParams": [{"Name": "N1", "Expression": {{Quote(generator.Num(2, inLambda: false).Print())}}}]}""",
            _ => $$"""{"RuleName": "{{name}}", "Expression": {{Quote(generator.Bool(3).Print())}}}""",
        };

        string Rule(string name, int depth) => depth > 0 && random.Next(4) == 0
            ? $$"""{"RuleName": "{{name}}", "Operator": "{{(random.Next(2) == 0 ? "And" : "Or")}}", "Rules": [{{string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(i => Rule($"{name}_{i}", depth - 1)))}}]}"""
            : Leaf(name);

        return $$"""
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}],
             "GlobalParams": [{"Name": "N0", "Expression": {{Quote(generator.Num(2, inLambda: false).Print())}}}],
             "Rules": [{{string.Join(",\n", Enumerable.Range(0, count).Select(i => Rule($"R{i}", 2)))}}]}
            """;
    }

    private static string Describe(TraceEntry e) => $"{e.Expression}|{e.Left}|{e.LeftValue}|{e.Operator}|{e.Right}|{e.RightValue}|{e.Result}|{e.Gap}";

    /// <summary>Everything a result says, nested results included, as text.</summary>
    private static IEnumerable<string> Describe(RuleResult result)
    {
        yield return $"{result.Name}: {result.Outcome} missing [{string.Join(", ", result.MissingFields)}] error {result.ErrorMessage} at {result.ErrorLocation}";
        foreach (var entry in result.Trace)
        {
            yield return "  " + Describe(entry);
        }

        foreach (var line in result.Children.SelectMany(Describe))
        {
            yield return "  " + line;
        }
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 31)]
    [InlineData(3, 32)]
    [InlineData(4, 33)]
    [InlineData(5, 70)]
    public void EvaluateTyped_GeneratedRules_GiveThePerRuleOutcomes(int seed, int count)
    {
        var generator = new RandomExpressionGenerator(seed);
        var json = Generated(generator, new Random(seed), count);
        var fused = Load(json);
        var perRule = Load(json, countWork: true);
        var outcomes = new RuleOutcome[count + 3];

        for (var i = 0; i < 40; i++)
        {
            var store = i == 0 ? null : generator.Store();
            var expected = perRule.Evaluate(AsOf, store);

            fused.Evaluate(AsOf, store, outcomes.AsSpan()).Should().Be(expected.Outcome);
            outcomes.Take(count).Should().Equal(expected.Outcomes, "store {0}", i);
            fused.Evaluate(AsOf, store).Outcomes.Should().Equal(expected.Outcomes);
            fused.Explain(AsOf, store).Outcome.Should().Be(expected.Outcome);
        }
    }

    /// <summary>Native AOT interprets the trees (docs/aot.md): the interpreted fused verdict, params and explanations give the compiled outcomes.</summary>
    [Theory]
    [InlineData(7, 5)]
    [InlineData(8, 33)]
    public void Evaluate_Interpreted_GivesTheCompiledOutcomes(int seed, int count)
    {
        var generator = new RandomExpressionGenerator(seed);
        var json = Generated(generator, new Random(seed), count);
        var compiled = Load(json);
        var interpreted = Load(json, interpret: true);

        for (var i = 0; i < 40; i++)
        {
            var store = i == 0 ? null : generator.Store();
            var expected = compiled.Evaluate(AsOf, store);

            interpreted.Evaluate(AsOf, store).Outcomes.Should().Equal(expected.Outcomes, "store {0}", i);
            interpreted.Explain(AsOf, store).Outcome.Should().Be(expected.Outcome);
        }
    }

    [Theory]
    [InlineData(6, 40)]
    [InlineData(7, 12)]
    public void Results_ReadAfterTheFusedVerdict_DescribeWhatThePerRulePathBuiltAtOnce(int seed, int count)
    {
        var generator = new RandomExpressionGenerator(seed);
        var json = Generated(generator, new Random(seed), count);
        var fused = Load(json);
        var perRule = Load(json, countWork: true);

        for (var i = 0; i < 15; i++)
        {
            var store = generator.Store();
            foreach (var explain in new[] { false, true })
            {
                var actual = explain ? fused.Explain(AsOf, store) : fused.Evaluate(AsOf, store);
                var expected = explain ? perRule.Explain(AsOf, store) : perRule.Evaluate(AsOf, store);

                actual.Flatten().SelectMany(r => Describe(r).Take(1)).Should().Equal(expected.Flatten().SelectMany(r => Describe(r).Take(1)));
                actual.Results.SelectMany(Describe).Should().Equal(expected.Results.SelectMany(Describe));
            }
        }
    }

    [Fact]
    public void EvaluateTyped_WorkflowInjectingAnother_GivesTheInjectedOutcomesAfterItsOwn()
    {
        // 3 + 40 rules: chunks count from the end, so the host reuses the injected workflow's last chunk.
        var injected = string.Join(", ", Enumerable.Range(0, 40).Select(i => $$"""{"RuleName": "V{{i}}", "Expression": "store.Count > {{i % 7}}"}"""));
        var json = $$"""
            [{"WorkflowName": "V", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{injected}}]},
             {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "WorkflowsToInject": ["V"], "Rules": [
               {"RuleName": "A", "Expression": "store.Flag"}, {"RuleName": "B", "Expression": "10 / store.Count > 1"}, {"RuleName": "C", "Expression": "store.Score > 1"}]}]
            """;
        var set = RuleFiles.LoadOrFail(json);
        var host = set.GetWorkflow("W", AsOf);
        var inner = set.GetWorkflow("V", AsOf);
        var store = new Store { Count = 3, Flag = true };
        var hostOutcomes = new RuleOutcome[43];
        var innerOutcomes = new RuleOutcome[40];

        inner.Evaluate(AsOf, store, innerOutcomes.AsSpan());
        host.Evaluate(AsOf, store, hostOutcomes.AsSpan()).Should().Be(RuleOutcome.Failed);

        hostOutcomes.Take(3).Should().Equal(RuleOutcome.Passed, RuleOutcome.Passed, RuleOutcome.Indeterminate);
        hostOutcomes.Skip(3).Should().Equal(innerOutcomes).And.Equal(host.OutcomesPerRule(AsOf, store).Skip(3));
    }

    [Fact]
    public void EvaluateTyped_ErrorInAChunkBetweenCleanRuns_FallsBackForThatRunOnly()
    {
        // 40 rules, the division in rule 20: one chunk of 32 holds it. Clean, erroring and clean again, each as the
        // per-rule path says: the fast variant's single try region hands the erroring run to the per-leaf variant.
        var rules = string.Join(", ", Enumerable.Range(0, 40).Select(i => i == 20
            ? """{"RuleName": "R20", "Expression": "10 / store.Count > 1"}"""
            : $$"""{"RuleName": "R{{i}}", "Expression": "store.Count > {{i % 5}} || store.Flag"}"""));
        var json = $$"""{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{{rules}}]}""";
        var fused = Load(json);
        var perRule = Load(json, countWork: true);
        var outcomes = new RuleOutcome[40];

        foreach (var store in new[] { new Store { Count = 3 }, new Store { Count = 0, Flag = false }, new Store { Count = 2, Flag = true } })
        {
            var expected = perRule.Evaluate(AsOf, store);

            fused.Evaluate(AsOf, store, outcomes.AsSpan()).Should().Be(expected.Outcome);
            outcomes.Should().Equal(expected.Outcomes);
        }

        outcomes[20].Should().Be(RuleOutcome.Passed);
        perRule.Evaluate(AsOf, new Store { Count = 0, Flag = false }).Outcomes[20].Should().Be(RuleOutcome.Error);
    }

    [Fact]
    public void EvaluateTyped_RuleThatErrors_IsAnErrorForItselfOnly()
    {
        var workflow = Load(Admission);
        var outcomes = new RuleOutcome[5];

        var outcome = workflow.Evaluate(AsOf, new Store { Score = 5m, Count = 0, Flag = true }, outcomes.AsSpan());

        outcomes.Should().Equal(RuleOutcome.Passed, RuleOutcome.Passed, RuleOutcome.Error, RuleOutcome.Passed, RuleOutcome.Failed);
        outcome.Should().Be(RuleOutcome.Failed);
        var error = workflow.Evaluate(AsOf, new Store { Score = 5m, Count = 0, Flag = true }).Results[2];
        error.ErrorMessage.Should().Contain("Divided");
        var line = Admission.Split('\n').Select((text, i) => (text, i)).Single(l => l.text.Contains("10 / store.Count"));
        error.ErrorLocation.Should().Be(new SourceLocation("rules.json", line.i, line.text.IndexOf("10 / store.Count", StringComparison.Ordinal)));
    }

    [Fact]
    public void EvaluateTyped_NestedErrorBesideADecisiveChild_TakesTheDecisiveOutcome()
    {
        const string json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [
              {"RuleName": "All", "Operator": "And", "Rules": [{"RuleName": "E1", "Expression": "1 / store.Count == 0"}, {"RuleName": "F1", "Expression": "store.Count == 1"}]},
              {"RuleName": "Any", "Operator": "Or", "Rules": [{"RuleName": "E2", "Expression": "1 / store.Count == 0"}, {"RuleName": "U2", "Expression": "store.Score > 1"}]},
              {"RuleName": "Some", "Operator": "Or", "Rules": [{"RuleName": "U3", "Expression": "store.Score > 1"}, {"RuleName": "P3", "Expression": "store.Count == 0"}]}]}
            """;
        var outcomes = new RuleOutcome[3];

        var outcome = Load(json).Evaluate(AsOf, new Store { Count = 0 }, outcomes.AsSpan());

        outcomes.Should().Equal(RuleOutcome.Failed, RuleOutcome.Error, RuleOutcome.Passed);
        outcome.Should().Be(RuleOutcome.Failed);
    }

    [Fact]
    public void EvaluateTyped_AfterTheFirstCall_AllocatesNothing()
    {
        // Passed, failed and indeterminate rules; a rule error would allocate its exception.
        var workflow = Load(Admission);
        var stores = new[]
        {
            new Store { Score = 5m, Count = 1, Flag = false, Name = "a", Items = [new Item { Points = 5, Date = AsOf }] },
            new Store { Score = 4m, Count = 7, Items = [new Item(), new Item { Points = 1 }] },
            new Store(),
        };
        var outcomes = new RuleOutcome[5];
        foreach (var store in stores)
        {
            workflow.Evaluate(AsOf, store, outcomes.AsSpan());
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            workflow.Evaluate(AsOf, stores[i % stores.Length], outcomes.AsSpan());
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void EvaluateTyped_WorkflowWithSeveralInputs_Throws()
    {
        const string json = """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}, {"Name": "owner", "Type": "Owner"}], "Rules": [{"RuleName": "R", "Expression": "store.Count == owner.Stores"}]}""";
        var workflow = Load(json);

        var act = () => workflow.Evaluate(AsOf, new Store(), new RuleOutcome[1].AsSpan());

        act.Should().Throw<ArgumentException>().WithMessage("*2 input(s)*");
        workflow.Evaluate(AsOf, new Store { Count = 2 }, new Owner { Stores = 2 }).Outcomes.Should().Equal(RuleOutcome.Passed);
    }

    [Fact]
    public void EvaluateTyped_SpanShorterThanTheRules_Throws()
    {
        var act = () => Load(Admission).Evaluate(AsOf, new Store(), new RuleOutcome[4].AsSpan());

        act.Should().Throw<ArgumentException>().WithParameterName("outcomes");
    }

    [Fact]
    public void EvaluateTyped_InputOfAnotherType_Throws()
    {
        var act = () => Load(Admission).Evaluate(AsOf, new Owner(), new RuleOutcome[5].AsSpan());

        act.Should().Throw<ArgumentException>().WithMessage("*must be Store, not Owner*");
    }

    [Fact]
    public void EvaluateTyped_NullInput_MakesReadingRulesIndeterminate()
    {
        var outcomes = new RuleOutcome[5];

        Load(Admission).Evaluate<Store>(AsOf, null, outcomes.AsSpan()).Should().Be(RuleOutcome.Indeterminate);

        outcomes.Should().OnlyContain(o => o == RuleOutcome.Indeterminate);
    }

    [Fact]
    public void EvaluateTyped_ParallelFirstCalls_AllAgree()
    {
        var workflow = Load(Admission);
        var store = new Store { Score = 5m, Count = 2, Name = "a", Items = [] };

        var results = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(_ =>
        {
            var outcomes = new RuleOutcome[5];
            var outcome = workflow.Evaluate(AsOf, store, outcomes.AsSpan());
            return $"{outcome}: {string.Join(", ", outcomes)}";
        }).ToList();

        results.Should().AllBe("Failed: Passed, Passed, Passed, Passed, Failed");
    }

    [Fact]
    public void Load_Workflow_CompilesNoVerdictUntilTheFirstEvaluation()
    {
        var workflow = Load(Admission);

        workflow.IsVerdictCompiled.Should().BeFalse();
        workflow.Evaluate(AsOf, new Store(), new RuleOutcome[5].AsSpan());
        workflow.IsVerdictCompiled.Should().BeTrue();
    }

    [Fact]
    public void Trace_ReadLater_IsTheTraceOfTheEvaluatedInputs()
    {
        var workflow = Load(Admission);
        var result = workflow.Explain(AsOf, new Store { Score = 3.9m, Count = 5 });
        var expected = Load(Admission, countWork: true).Explain(AsOf, new Store { Score = 3.9m, Count = 5 });

        // Computed on read, not at Explain: nothing is traced until then, and the same entries come out.
        result.Results[0].Trace.Select(Describe).Should().Equal(expected.Results[0].Trace.Select(Describe)).And.ContainSingle()
            .Which.Should().StartWith("store.Score > MinScore|store.Score|");
        result.Results[0].Trace.Should().BeSameAs(result.Results[0].Trace);
        workflow.Evaluate(AsOf, new Store { Score = 3.9m }).Results[0].Trace.Should().BeEmpty();
    }

    [Fact]
    public void Outcomes_OfEvaluate_AreTheResultsOutcomesWithoutBuildingThem()
    {
        var result = Load(Admission).Evaluate(AsOf, new Store { Score = 5m, Count = 1, Flag = true, Items = [] });

        result.Outcomes.Should().Equal(RuleOutcome.Passed, RuleOutcome.Passed, RuleOutcome.Passed, RuleOutcome.Passed, RuleOutcome.Failed);
        result.Results.Select(r => r.Outcome).Should().Equal(result.Outcomes);
        result.Outcomes.Should().NotBeAssignableTo<RuleOutcome[]>();
    }
}
