using System.ComponentModel.DataAnnotations;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>
/// Rule files from the hostile-input audit (issue 7) that passed lint and then crashed, hung or starved the host.
/// Each now loads with a diagnostic, or loads and evaluates within its computed cost.
/// </summary>
public class TrustRegressionTests
{
    private static readonly DateOnly AsOf = new(2024, 7, 25);

    private static string Workflow(string name, string extra, string rules, string type = "Store")
        => $$"""{"WorkflowName": "{{name}}", "Inputs": [{"Name": "store", "Type": "{{type}}"}] {{extra}}, "Rules": [{{rules}}]}""";

    private static string Params(IEnumerable<(string Name, string Expression)> parameters)
        => $$""", "GlobalParams": [{{string.Join(", ", parameters.Select(p => $$"""{"Name": "{{p.Name}}", "Expression": "{{p.Expression}}"}"""))}}]""";

    private static string Rule(string expression, string name = "R") => $$"""{"RuleName": "{{name}}", "Expression": "{{expression}}"}""";

    // 1. Stack overflow: 201 chained params of 98 negations each used to reach the compiler as one 19.6k-deep tree.
    [Fact]
    public void Load_TwoHundredChainedNegationParams_ReportsParamNestingInsteadOfOverflowing()
    {
        var parameters = new List<(string, string)> { ("P0", "store.Flag") };
        parameters.AddRange(Enumerable.Range(1, 200).Select(i => ($"P{i}", new string('!', 98) + $"P{i - 1}")));
        var result = RuleFiles.Load(("chain.json", Workflow("W", Params(parameters), Rule("P200"))));

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().OnlyContain(d => d.Code == DiagnosticCodes.ParamsNestTooDeep);
        result.Errors.First().ToString().Should().Contain("Param 'P32' uses params that use params 33 levels deep");
    }

    [Fact]
    public void Evaluate_ThirtyTwoChainedNegationParams_CompilesEachParamApartAndDecides()
    {
        var parameters = new List<(string, string)> { ("P0", "store.Flag") };
        parameters.AddRange(Enumerable.Range(1, 31).Select(i => ($"P{i}", new string('!', 98) + $"P{i - 1}")));
        var workflow = RuleFiles.LoadOrFail(Workflow("W", Params(parameters), Rule("P31"))).GetWorkflow("W", AsOf);

        workflow.Evaluate(AsOf, new Store { Flag = true }).Outcome.Should().Be(RuleOutcome.Passed);
        workflow.Explain(AsOf, new Store { Flag = false }).Outcome.Should().Be(RuleOutcome.Failed);
        var unknown = workflow.Explain(AsOf, new Store()).Results[0];
        unknown.Outcome.Should().Be(RuleOutcome.Indeterminate);
        unknown.MissingFields.Should().Equal("store.Flag");
    }

    // 2. WorkflowsToInject: duplicates doubled the work at every level (k = 16 took 73 s).
    [Fact]
    public void Load_InjectListWithDuplicates_IsAnErrorAtTheDuplicate()
    {
        var files = Enumerable.Range(0, 20).Select(i => ($"w{i:00}.json", Workflow($"W{i}", $$""", "WorkflowsToInject": ["W{{i + 1}}", "W{{i + 1}}"]""", Rule("true")))).ToList();
        files.Add(("w20.json", Workflow("W20", string.Empty, Rule("true"))));
        var result = RuleFiles.Load([.. files]);

        result.Errors.Should().HaveCount(20).And.OnlyContain(d => d.Code == DiagnosticCodes.DuplicateInjection);
        result.Errors.First().ToString().Should().StartWith("w00.json(1,").And.Contain("'W1' is already in WorkflowsToInject of 'W0'");
    }

    [Fact]
    public void Load_DiamondInjectionsBeyondTheRuleLimit_ReportTooManyRules()
    {
        // Ai and Bi both inject A(i+1) and B(i+1): 2^20 rules by expansion, without any duplicate in a list.
        var files = new List<(string, string)>();
        for (var i = 0; i < 20; i++)
        {
            var inject = $$""", "WorkflowsToInject": ["A{{i + 1}}", "B{{i + 1}}"]""";
            files.Add(($"a{i:00}.json", Workflow($"A{i}", inject, Rule("true"))));
            files.Add(($"b{i:00}.json", Workflow($"B{i}", inject, Rule("true"))));
        }

        files.Add(("a20.json", Workflow("A20", string.Empty, Rule("true"))));
        files.Add(("b20.json", Workflow("B20", string.Empty, Rule("true"))));
        var result = RuleFiles.Load([.. files]);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().Contain(d => d.Code == DiagnosticCodes.TooManyRules && d.Message.Contains("the limit is 10,000"));
    }

    [Fact]
    public void Load_ChainOfThreeHundredInjections_LoadsEveryRuleOnce()
    {
        var files = Enumerable.Range(0, 300).Select(i => ($"w{i:000}.json", Workflow($"W{i}", i < 299 ? $$""", "WorkflowsToInject": ["W{{i + 1}}"]""" : string.Empty, Rule($"store.Count > {i - 1}", $"R{i}")))).ToArray();
        var set = RuleFiles.Load(files).RuleSet!;

        var top = set.GetWorkflow("W0", AsOf);
        top.Rules.Should().HaveCount(300);
        top.Evaluate(AsOf, new Store { Count = 150 }).Results.Count(r => r.Passed).Should().Be(151);
    }

    // 3. Unbounded evaluation: loops over loops and params over loops.
    private static string SummingParams(int count)
    {
        var parameters = new List<(string, string)> { ("P0", "store.Items.Count()") };
        parameters.AddRange(Enumerable.Range(1, count).Select(i => ($"P{i}", $"store.Items.Sum(p => P{i - 1})")));
        return Workflow("W", Params(parameters), Rule($"P{count} > 0"));
    }

    [Fact]
    public void Evaluate_ParamsSummingOverTheirPredecessor_ComputeEachParamOnce()
    {
        // Expanded in place, P20 looped 2^20 times over two items; computed once each, it loops 20 × 2 times.
        var workflow = RuleFiles.LoadOrFail(SummingParams(20)).GetWorkflow("W", AsOf);
        workflow.Rules[0].Cost.Should().BeLessThan(100_000, "20 loops of at most 1,000 elements, one per param");

        var result = workflow.Explain(AsOf, new Store { Items = [new(), new()] });
        result.Outcome.Should().Be(RuleOutcome.Passed);
        result.Results[0].Trace.Should().ContainSingle().Which.LeftValue.Should().Be(2_097_152, "P20 = 2^21 for two items");
    }

    [Fact]
    public void Load_SixtySummingParams_ReportParamNesting()
        => RuleFiles.Load(("sum.json", SummingParams(60))).Errors.Should().NotBeEmpty().And.OnlyContain(d => d.Code == DiagnosticCodes.ParamsNestTooDeep);

    [Fact]
    public void Load_ThirtyNestedLoops_ReportTheCostAtTheRule()
    {
        var expression = "true";
        for (var i = 0; i < 30; i++)
        {
            expression = $"store.Items.Any(a{i} => {expression})";
        }

        var error = RuleFiles.Load(("nested.json", Workflow("W", string.Empty, Rule(expression)))).Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.CostTooHigh);
        error.ToString().Should().StartWith("nested.json(1,").And.Contain("Rule 'R' may cost more than 2,305,843,009,213,693,951 steps");
    }

    [Fact]
    public void Load_ThreeNestedLoopsAfterACheapTest_ReportTheCostAtTheOuterLoop()
    {
        const string loops = "store.Items.Any(a => store.Items.Any(b => store.Items.Any(c => a.Points > c.Points)))";
        var json = Workflow("W", string.Empty, Rule("store.Count > 0 && " + loops));

        var error = RuleFiles.Load(("loops.json", json)).Errors.Should().ContainSingle().Subject;

        // 1,000 × 1,000 × 1,000 steps: the outer Any is over the limit on its own, the inner ones are not.
        error.Code.Should().Be(DiagnosticCodes.CostTooHigh);
        var index = json.IndexOf(loops, StringComparison.Ordinal);
        var line = json[..index].Count(c => c == '\n');
        var column = index - (json.LastIndexOf('\n', index) + 1);
        error.Location.Line.Should().Be(line);
        error.Location.Column.Should().BeInRange(column, column + "store.Items.Any".Length);
    }

    [Fact]
    public void Load_TwoNestedLoopsWithinTheCost_LoadAndReportTheirCost()
    {
        var options = RuleFiles.Options();
        options.MaxSizes["Store.Items"] = 100;
        var result = RuleSet.Load([RuleSource.FromText("two.json", Workflow("W", string.Empty, Rule("store.Items.Any(a => store.Items.Any(b => a.Points > b.Points))")))], options);

        var cost = result.GetRuleSetOrThrow().GetWorkflow("W", AsOf).Rules[0].Cost;
        cost.Should().BeInRange(100 * 100, 100 * 100 * 10, "two loops of 100 elements around a small body");
    }

    [Fact]
    public void Evaluate_CollectionLongerThanItsDeclaredMaximum_IsARuleErrorNamingIt()
    {
        var options = RuleFiles.Options();
        options.MaxSizes["Store.Items"] = 3;
        options.MaxSizes["Store.Numbers"] = 3;
        var json = Workflow("W", string.Empty, Rule("store.Items.Count() >= 0", "Items") + ", " + Rule("store.Numbers.Count() >= 0", "Numbers"));
        var workflow = RuleSet.Load([RuleSource.FromText("w.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf);

        var fits = workflow.Evaluate(AsOf, new Store { Items = [new(), new(), new()], Numbers = Enumerable.Range(0, 3) });
        fits.Results.Should().OnlyContain(r => r.Outcome == RuleOutcome.Passed);
        var tooLong = workflow.Evaluate(AsOf, new Store { Items = [new(), new(), new(), new()], Numbers = Enumerable.Range(0, 4) });
        tooLong.Results.Should().OnlyContain(r => r.Outcome == RuleOutcome.Error);
        tooLong.Results[0].ErrorMessage.Should().Contain("'store.Items' has more than its declared maximum of 3 elements");
        tooLong.Results[1].ErrorMessage.Should().Contain("'store.Numbers' has more than its declared maximum of 3 elements");
    }

    [Fact]
    public void Load_MaxLengthAttributeOnTheMember_IsTheSizeTheCostAssumes()
    {
        var options = new RuleSetOptions().AddInputType<Sized>();
        var json = Workflow("W", string.Empty, Rule("store.Items.Any(x => x > 0)", "Declared") + ", " + Rule("store.Others.Any(x => x > 0)", "Default"), "Sized");
        var rules = RuleSet.Load([RuleSource.FromText("w.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf).Rules;

        rules[0].Cost.Should().BeLessThan(100, "[MaxLength(5)] bounds the loop at 5");
        rules[1].Cost.Should().BeGreaterThan(1_000, "an undeclared collection is assumed to hold the default 1,000");
    }

    // 10. String building: doubling params over a long string ran out of memory.
    [Fact]
    public void Load_DoublingStringParams_ReportTheirCostInsteadOfExhaustingMemory()
    {
        var parameters = new List<(string, string)> { ("S0", "store.Name") };
        parameters.AddRange(Enumerable.Range(1, 12).Select(i => ($"S{i}", $"S{i - 1} + S{i - 1}")));
        var result = RuleFiles.Load(("s.json", Workflow("W", Params(parameters), Rule("S12 == 'x'"))));

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().Contain(d => d.Code == DiagnosticCodes.CostTooHigh && d.Message.StartsWith("Param 'S"));
    }

    [Fact]
    public void Evaluate_StringLongerThanItsDeclaredMaximum_IsARuleErrorNamingIt()
    {
        var options = new RuleSetOptions().AddInputType<Sized>();
        var json = Workflow("W", string.Empty, Rule("store.Code + 'x' == 'abcx'") + ", " + """{"RuleName": "M", "Expression": "true", "ErrorMessage": "$(store.Code)"}""", "Sized");
        var workflow = RuleSet.Load([RuleSource.FromText("w.json", json)], options).GetRuleSetOrThrow().GetWorkflow("W", AsOf);

        workflow.Evaluate(AsOf, new Sized { Code = "abc" }).Results[0].Outcome.Should().Be(RuleOutcome.Passed);
        var result = workflow.Evaluate(AsOf, new Sized { Code = new string('a', 1_100_000) });
        result.Results[0].Outcome.Should().Be(RuleOutcome.Error);
        result.Results[0].ErrorMessage.Should().Contain("'store.Code' is 1,100,000 characters long, more than its declared maximum of 8");
        result.Results[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be("(error)");
    }

    /// <summary>The deepest expression of each shape the parser accepts, nested to just under the depth limit.</summary>
    public static TheoryData<string> DeepestShapes()
    {
        string Nest(string open, string leaf, string close, int levels) => string.Concat(Enumerable.Repeat(open, levels)) + leaf + string.Concat(Enumerable.Repeat(close, levels));
        return
        [
            Nest("store.Flag ? ", "true", " : false", 45),
            Nest("store.Flag && (", "store.Count > 1", ")", 45),
            Nest("(store.Count ?? ", "0", ") > -1", 1) + " && " + Nest("!", "store.Flag", string.Empty, 95),
            Nest("(", "store.Score", " + 1)", 45) + " > 0",
            Nest("-(", "store.Count", ")", 30) + " != 0",
            Nest("('x' + ", "store.Name", ")", 45) + " == 'x'",
        ];
    }

    [Theory]
    [MemberData(nameof(DeepestShapes))]
    public void Evaluate_DeepestExpressions_RunOnASmallStackThroughEveryStage(string expression)
    {
        var message = "$(" + (expression.Contains("store.Name") ? expression : "store.Count") + ")";
        var json = Workflow("W", string.Empty, $$"""{"RuleName": "R", "Expression": {{Json(expression)}}, "ErrorMessage": {{Json(message)}}}""");
        OnSmallStack(() => LoadEvaluateExplainFormat(json));
    }

    [Fact]
    public void Evaluate_DeepestParamChain_RunsOnASmallStackThroughEveryStage()
    {
        // 32 params, each 98 negations of the one before and as deep as the parser allows: computed one inside the other.
        var parameters = new List<(string, string)> { ("P0", "store.Flag") };
        parameters.AddRange(Enumerable.Range(1, 31).Select(i => ($"P{i}", new string('!', 98) + $"P{i - 1}")));
        var json = Workflow("W", Params(parameters), """{"RuleName": "R", "Expression": "P31 || store.Count > 0", "ErrorMessage": "$(P31)"}""");
        OnSmallStack(() => LoadEvaluateExplainFormat(json));
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static void LoadEvaluateExplainFormat(string json)
    {
        var result = RuleFiles.Load(("deep.json", json));
        result.Errors.Should().BeEmpty(string.Join("\n", result.Errors));
        var workflow = result.RuleSet!.GetWorkflow("W", AsOf);
        foreach (var store in new[] { new Store(), new Store { Flag = true, Count = 3, Score = 1, Name = "n" } })
        {
            var explained = workflow.Explain(AsOf, store).Results[0];
            explained.Outcome.Should().NotBe(RuleOutcome.Error, explained.ErrorMessage);
            explained.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().NotBeNull();
            workflow.Evaluate(AsOf, store).Results[0].Outcome.Should().Be(explained.Outcome);
        }
    }

    /// <summary>Every stage recurses at most one expression deep; a 512 KB stack (a third of a thread pool thread's) must do.</summary>
    private static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();
        failure.Should().BeNull();
    }

    // 6. Properties nested deeper than JsonDocument's default depth of 64.
    [Theory]
    [InlineData(65)]
    [InlineData(120)]
    public void Load_PropertiesNestedDeep_LoadWithoutException(int depth)
    {
        var value = new string('[', depth) + new string(']', depth);
        var json = Workflow("W", $$""", "Properties": {"deep": {{value}}}""", Rule("true"));
        var result = RuleFiles.Load(("deep.json", json));

        result.IsSuccess.Should().BeTrue();
        result.RuleSet!.GetWorkflow("W", AsOf).Properties["deep"].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Array);
    }

    [Fact]
    public void Load_PropertiesNestedPastTheFileDepth_IsInvalidJson()
    {
        var value = new string('[', 200) + new string(']', 200);
        RuleFiles.Load(("deep.json", Workflow("W", $$""", "Properties": {"deep": {{value}}}""", Rule("true")))).Errors
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.InvalidJson);
    }

    [Fact]
    public void Load_FileLongerThanTheLimit_IsReportedAndNotParsed()
    {
        var options = RuleFiles.Options();
        options.Limits = options.Limits with { MaxFileLength = 1_000 };
        var long_ = Workflow("W", string.Empty, Rule("true")) + new string(' ', 1_000);
        var result = RuleSet.Load([RuleSource.FromText("big.json", long_), RuleSource.FromText("ok.json", Workflow("V", string.Empty, Rule("true")))], options);

        result.Errors.Should().ContainSingle().Which.ToString().Should().StartWith("big.json(1,1): error DE1019: The file is 1,").And.Contain("the limit is 1,000");
    }

    // Found by the fuzz corpus: a null constant param has no slot, and compiling a use of it threw at load.
    [Fact]
    public void Load_NullParamInAMessageAndACondition_LoadsAndReadsAsMissing()
    {
        var json = Workflow("W", Params([("P", "null"), ("Q", "P ?? 3")]), """{"RuleName": "R", "Expression": "P == null && Q == 3", "ErrorMessage": "$(P) $(Q)"}""");
        var result = RuleFiles.LoadOrFail(json).GetWorkflow("W", AsOf).Explain(AsOf, new Store()).Results[0];

        result.Outcome.Should().Be(RuleOutcome.Passed);
        result.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be("null 3");
    }

    [Theory]
    [InlineData("null", "P5000 == null", "null")]
    [InlineData("7", "P5000 == 7", "7")]
    public void Load_FiveThousandConstantParamsEachNamingTheOneBefore_CompileWithoutWalkingTheChain(string first, string condition, string message)
    {
        // Constants do not count as nesting (they are folded), so nothing but the compiler's care bounds this chain.
        var parameters = new List<(string, string)> { ("P0", first) };
        parameters.AddRange(Enumerable.Range(1, 5_000).Select(i => ($"P{i}", $"P{i - 1}")));
        var json = Workflow("W", Params(parameters), $$"""{"RuleName": "R", "Expression": "{{condition}}", "ErrorMessage": "$(P5000)"}""");
        OnSmallStack(() =>
        {
            var result = RuleFiles.LoadOrFail(json).GetWorkflow("W", AsOf).Explain(AsOf, new Store()).Results[0];
            result.Outcome.Should().Be(RuleOutcome.Passed);
            result.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be(message);
        });
    }

    // 14. Smaller findings.
    [Theory]
    [InlineData("0 - 2147483647 - 1")]
    [InlineData("-1")]
    [InlineData("store.Count")]
    public void Evaluate_WithinLastDaysOfANegativeWindow_IsFalseNotWrappedAround(string days)
        => ExpressionHost.Condition($"WithinLastDays(store.Opened, {days})", new Store { Opened = AsOf.AddDays(-10), Count = int.MinValue }).Should().BeFalse();

    [Theory]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("12345678901234567890.1234567899")]
    public void Bind_DecimalLiteralThatDecimalWouldRound_IsAnError(string literal)
        => ExpressionHost.Errors($"store.Score > {literal}").Should().ContainSingle()
            .Which.Should().Contain("error DE2003").And.Contain("more digits than a decimal number holds exactly");

    [Theory]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("4.10")]
    [InlineData("79228162514264337593543950335.0")]
    public void Bind_DecimalLiteralThatDecimalHoldsExactly_IsAccepted(string literal)
        => ExpressionHost.Errors($"store.Score > {literal}").Should().BeEmpty();

    [Theory]
    [InlineData("$(store)")]
    [InlineData("$(store.Items)")]
    [InlineData("$(store.Owner)")]
    public void Load_PlaceholderThatIsARecordOrACollection_IsAnError(string placeholder)
    {
        var json = Workflow("W", string.Empty, $$"""{"RuleName": "R", "Expression": "true", "ErrorMessage": "Store {{placeholder}}"}""");
        RuleFiles.Load(("m.json", json)).Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.PlaceholderNotScalar);
    }

    public sealed class Sized
    {
        [MaxLength(5)]
        public IReadOnlyList<int>? Items { get; init; } = [];

        public IReadOnlyList<int>? Others { get; init; } = [];

        [MaxLength(8)]
        public string? Code { get; init; }
    }
}
