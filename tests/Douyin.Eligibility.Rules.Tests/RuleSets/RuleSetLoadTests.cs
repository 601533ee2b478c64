using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

public class RuleSetLoadTests
{
    [Fact]
    public void Load_ThreeMistakesInDifferentExpressions_ReportsAllAtTheirPositions()
    {
        const string json = """
            {
              "WorkflowName": "Admission",
              "Inputs": [{ "Name": "store", "Type": "Store" }],
              "GlobalParams": [{ "Name": "MinScore", "Expression": "4.1" }],
              "Rules": [
                { "RuleName": "Score", "Expression": "store.Scroe > MinScore" },
                { "RuleName": "Rate",  "Expression": "store.Rate >> 0.75" },
                { "RuleName": "Name",  "Expression": "store.Name == 3" }
              ]
            }
            """;
        RuleFiles.Errors(("admission.json", json)).Should().Equal(
            "admission.json(6,49): error DE3002: 'Store' has no member 'Scroe'. Did you mean 'Score'?",
            "admission.json(7,55): error DE2004: Expected a value, a name or '(' but found '>'.",
            "admission.json(8,54): error DE3004: Operator '==' needs values of the same type on both sides, but got string and int.");
    }

    [Fact]
    public void Load_MistakesFoundByDifferentStages_AreReportedInFileOrder()
    {
        const string json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}],
             "Rules": [{"RuleName": "R", "Expression": "store.Scroe > 1",
                        "ErrorMesage": "x"}]}
            """;
        RuleFiles.Errors(("w.json", json)).Should().Equal(
            "w.json(2,51): error DE3002: 'Store' has no member 'Scroe'. Did you mean 'Score'?",
            "w.json(3,13): error DE1003: Unknown property 'ErrorMesage' in rule 'R'. Did you mean 'ErrorMessage'?");
    }

    [Fact]
    public void Load_ErrorInsideEscapedString_PointsAtTheCharacterInTheFile()
    {
        const string json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}],
             "Rules": [{"RuleName": "R", "Expression": "store.Name == \"a\" && store.Nmae == \"b\""}]}
            """;
        RuleFiles.Errors(("w.json", json)).Should().Equal(
            "w.json(2,74): error DE3002: 'Store' has no member 'Nmae'. Did you mean 'Name'?");
    }

    [Fact]
    public void Load_MistakesInParamsAndMessages_AreReported()
    {
        const string json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}],
             "GlobalParams": [{"Name": "Bad", "Expression": "store.Nope"}],
             "Rules": [{"RuleName": "R", "Expression": "Bad > 1", "ErrorMessage": "Score is $(store.Scor", "Messages": {"en": "x $(store.Sc)"}}]}
            """;
        RuleFiles.Errors(("w.json", json)).Should().Equal(
            "w.json(2,56): error DE3002: 'Store' has no member 'Nope'. Did you mean 'Name'?",
            "w.json(3,81): error DE2008: The placeholder '$(' has no closing ')'.",
            "w.json(3,126): error DE3002: 'Store' has no member 'Sc'.");
    }

    [Fact]
    public void Load_UnknownInputType_SuggestsRegisteredType()
        => RuleFiles.Errors(("w.json", """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Stor"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}"""))
            .Should().Equal("w.json(1,34): error DE1015: Input 'store' has unknown type 'Stor'; registered types are Store, Owner. Did you mean 'Store'?");

    [Fact]
    public void Load_NoInputs_IsError()
        => RuleFiles.Errors(("w.json", """{"WorkflowName": "W", "Rules": [{"RuleName": "R", "Expression": "true"}]}"""))
            .Should().ContainSingle().Which.Should().StartWith("w.json(1,1): error DE1004: Workflow 'W' declares no Inputs");

    [Fact]
    public void Load_OverlappingVersionsAcrossFiles_IsError()
    {
        var a = ("a.json", """{"WorkflowName": "W", "EffectiveFrom": "2020-01-01", "EffectiveTo": "2022-12-31", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""");
        var b = ("b.json", """{"WorkflowName": "W", "EffectiveFrom": "2022-06-01", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""");
        RuleFiles.Errors(a, b).Should().ContainSingle().Which.Should().StartWith("b.json(1,1): error DE4001: Workflow 'W' is defined again here for a period that overlaps the version at a.json(1,1)");
    }

    [Fact]
    public void Load_NoFiles_IsError()
        => RuleSet.Load([], RuleFiles.Options()).Diagnostics.Should().ContainSingle().Which.Code.Should().Be("DE4003");

    [Fact]
    public void Load_InjectedWorkflow_AddsItsRules()
    {
        var common = ("common.json", """{"WorkflowName": "Common", "Inputs": [{"Name": "store", "Type": "Store"}], "GlobalParams": [{"Name": "Min", "Expression": "1"}], "Rules": [{"RuleName": "HasName", "Expression": "store.Name != null && store.Count >= Min"}]}""");
        var main = ("main.json", """{"WorkflowName": "Main", "WorkflowsToInject": ["Common"], "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "Own", "Expression": "store.Count > 0"}]}""");
        var result = RuleFiles.Load(common, main);
        result.IsSuccess.Should().BeTrue();
        var workflow = result.RuleSet!.GetWorkflow("Main", new DateOnly(2024, 1, 1));
        workflow.Rules.Select(r => r.Name).Should().Equal("Own", "HasName");
        workflow.Evaluate(new DateOnly(2024, 1, 1), new Store { Count = 1 }).Outcome.Should().Be(RuleOutcome.Failed);
        workflow.Evaluate(new DateOnly(2024, 1, 1), new Store { Name = "x", Count = 1 }).Outcome.Should().Be(RuleOutcome.Passed);
        workflow.Evaluate(new DateOnly(2024, 1, 1), new Store { Name = "x" }).Outcome.Should().Be(RuleOutcome.Indeterminate);
    }

    [Fact]
    public void Load_InjectionCycle_IsError()
    {
        var a = ("a.json", """{"WorkflowName": "A", "WorkflowsToInject": ["B"], "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""");
        var b = ("b.json", """{"WorkflowName": "B", "WorkflowsToInject": ["A"], "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""");
        RuleFiles.Errors(a, b).Should().Contain(e => e.Contains("DE4002") && e.Contains("A → B → A"));
    }

    [Fact]
    public void Load_UnknownInjectedWorkflow_IsError()
        => RuleFiles.Errors(("a.json", """{"WorkflowName": "A", "WorkflowsToInject": ["Comon"], "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}"""))
            .Should().ContainSingle().Which.Should().Contain("DE1014");

    [Fact]
    public void Load_ParamUsingLaterParam_IsUnknownName()
        => RuleFiles.Errors(("a.json", """{"WorkflowName": "A", "Inputs": [{"Name": "store", "Type": "Store"}], "GlobalParams": [{"Name": "X", "Expression": "Y + 1"}, {"Name": "Y", "Expression": "1"}], "Rules": [{"RuleName": "R", "Expression": "X > 0"}]}"""))
            .Should().ContainSingle().Which.Should().Contain("error DE3001: The name 'Y' does not exist.");

    [Fact]
    public void Load_SameFilesTwice_HaveTheSameContentHash()
    {
        var json = """{"WorkflowName": "A", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""";
        var first = RuleFiles.Load(("a.json", json)).RuleSet!;
        var second = RuleFiles.Load(("a.json", json.Replace("\n", "\r\n"))).RuleSet!;
        var changed = RuleFiles.Load(("a.json", json.Replace("true", "false"))).RuleSet!;
        first.ContentHash.Should().HaveLength(64).And.Be(second.ContentHash);
        changed.ContentHash.Should().NotBe(first.ContentHash);
    }

    [Fact]
    public void Load_SameFilesInAnotherFolderOrEmbedded_HaveTheSameContentHash()
    {
        var a = """{"WorkflowName": "A", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""";
        var b = a.Replace("\"A\"", "\"B\"");
        string Hash(params (string Path, string Json)[] files) => RuleFiles.Load(files).RuleSet!.ContentHash;

        var deployed = Hash(("/srv/rules/x/a.json", a), ("/srv/rules/y/b.json", b));
        Hash(("C:\\rules\\x\\a.json", a), ("C:\\rules\\y\\b.json", b)).Should().Be(deployed);
        Hash(("embedded:x/a.json", a), ("embedded:y/b.json", b)).Should().Be(deployed);
        Hash(("/srv/rules/x/a.json", a), ("/srv/rules/z/b.json", b)).Should().NotBe(deployed, "a renamed file is a different rule set");
    }

    [Fact]
    public void GetRuleSetOrThrow_WithErrors_ThrowsListingThem()
    {
        var result = RuleFiles.Load(("a.json", "{"));
        var act = () => result.GetRuleSetOrThrow();
        act.Should().Throw<RuleSetLoadException>().WithMessage("*a.json(1,2): error DE1001*");
    }
}
