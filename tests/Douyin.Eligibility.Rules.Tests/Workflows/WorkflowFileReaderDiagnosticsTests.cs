using static Douyin.Eligibility.Rules.Tests.Workflows.ReaderHarness;

namespace Douyin.Eligibility.Rules.Tests.Workflows;

public class WorkflowFileReaderDiagnosticsTests
{
    /// <summary>A workflow "W" whose rule list is <paramref name="rules"/>, all on line 1.</summary>
    private static List<string> DiagnosticsOfRules(string rules) => Read($$"""{"WorkflowName": "W", "Rules": [{{rules}}]}""").Diagnostics;

    [Fact]
    public void Read_InvalidJson_ReportsOnlyThatAndNoWorkflows()
    {
        var (workflows, diagnostics) = Read("""
            { "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Bogus": 1 } ]
            """);

        workflows.Should().BeEmpty();
        diagnostics.Should().ContainSingle().Which.Should().Be("rules.json(1,68): error DE1001: Invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.");
    }

    [Fact]
    public void Read_RootIsString_ReportsUnexpectedKind()
    {
        Read("\"W\"").Diagnostics.Should().Equal(
            "rules.json(1,1): error DE1002: Expected a workflow object or an array of workflow objects at the root of the file but found a string.");
    }

    [Fact]
    public void Read_RootArrayItemNotObject_ReportsUnexpectedKind()
    {
        Read("[1]").Diagnostics.Should().Equal("rules.json(1,2): error DE1002: Expected a workflow object in the root array but found a number.");
    }

    [Fact]
    public void Read_WrongValueKinds_ReportExpectedAndFound()
    {
        Read("""{"WorkflowName": 5, "Rules": "R1", "Version": 2}""").Diagnostics.Should().Equal(
            "rules.json(1,18): error DE1002: Expected a string for 'WorkflowName' but found a number.",
            "rules.json(1,30): error DE1002: Expected an array for 'Rules' but found a string.",
            "rules.json(1,47): error DE1002: Expected a string for 'Version' but found a number.");
    }

    [Fact]
    public void Read_EnabledIsString_ReportsExpectedBoolean()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "Enabled": "yes"}""").Should().Equal(
            "rules.json(1,84): error DE1002: Expected true or false for 'Enabled' but found a string.");
    }

    [Fact]
    public void Read_RuleNameNull_ReportsUnexpectedKind()
    {
        DiagnosticsOfRules("""{"RuleName": null, "Expression": "true"}""").Should().Equal(
            "rules.json(1,46): error DE1002: Expected a string for 'RuleName' but found null.");
    }

    [Fact]
    public void Read_ArrayEntriesOfWrongKind_AreReported()
    {
        Read("""{"WorkflowName": "W", "Rules": ["R"], "GlobalParams": [1], "WorkflowsToInject": [true]}""").Diagnostics.Should().Equal(
            "rules.json(1,33): error DE1002: Expected a rule object in 'Rules' but found a string.",
            "rules.json(1,56): error DE1002: Expected an object in 'GlobalParams' but found a number.",
            "rules.json(1,82): error DE1002: Expected a workflow name (a string) in 'WorkflowsToInject' but found a boolean.");
    }

    [Fact]
    public void Read_MessagesValueNotString_ReportsUnexpectedKind()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "Messages": {"en": 1}}""").Should().Equal(
            "rules.json(1,92): error DE1002: Expected a string for 'Messages.en' but found a number.");
    }

    [Fact]
    public void Read_MisspelledRuleProperty_SuggestsTheKnownName()
    {
        var (_, diagnostics) = Read("""
            {
              "WorkflowName": "W",
              "Rules": [ { "RuleName": "R1", "Expression": "true",
                "ErrorMesage": "x" } ]
            }
            """);

        diagnostics.Should().Equal("rules.json(4,5): error DE1003: Unknown property 'ErrorMesage' in rule 'R1'. Did you mean 'ErrorMessage'?");
    }

    [Fact]
    public void Read_UnknownWorkflowPropertyFarFromAnyName_ListsTheKnownNames()
    {
        Read("""{"WorkflowName": "W", "Rules": [], "Zzz": 1}""").Diagnostics.Should().Equal(
            "rules.json(1,36): error DE1003: Unknown property 'Zzz' in workflow 'W'. Expected one of: WorkflowName, Rules, GlobalParams, WorkflowsToInject, BasedOn, ReplaceRules, RemoveRules, RemoveParams, Inputs, EffectiveFrom, EffectiveTo, Version, Enabled, Source, Description, Properties.");
    }

    [Fact]
    public void Read_UnknownPropertyOfUnnamedParam_SaysWhichKind()
    {
        Read("""{"WorkflowName": "W", "Rules": [], "GlobalParams": [{"Nmae": "p", "Expression": "1"}]}""").Diagnostics.Should().Equal(
            "rules.json(1,53): error DE1004: A global param is missing the required property 'Name'.",
            "rules.json(1,54): error DE1003: Unknown property 'Nmae' in a global param. Did you mean 'Name'?");
    }

    [Fact]
    public void Read_MissingRequiredProperties_ReportAtTheOpeningBrace()
    {
        Read("""[{"Rules": []}, {"WorkflowName": "W"}, {"WorkflowName": "V", "Rules": [{"Expression": "true"}], "Inputs": [{"Name": "m"}]}]""").Diagnostics.Should().Equal(
            "rules.json(1,2): error DE1004: A workflow is missing the required property 'WorkflowName'.",
            "rules.json(1,17): error DE1004: Workflow 'W' is missing the required property 'Rules'.",
            "rules.json(1,72): error DE1004: A rule is missing the required property 'RuleName'.",
            "rules.json(1,108): error DE1004: Input 'm' is missing the required property 'Type'.");
    }

    [Fact]
    public void Read_ParamWithoutExpression_ReportsMissingProperty()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "LocalParams": [{"Name": "p"}]}""").Should().Equal(
            "rules.json(1,89): error DE1004: Local param 'p' is missing the required property 'Expression'.");
    }

    [Fact]
    public void Read_DuplicateWorkflowName_ReportsSecondAndKeepsFirst()
    {
        var (workflows, diagnostics) = Read("""
            [
              { "WorkflowName": "W", "Rules": [] },
              { "WorkflowName": "W", "Rules": [] }
            ]
            """);

        diagnostics.Should().Equal("rules.json(3,21): error DE1005: Duplicate WorkflowName 'W': a workflow with this name is already defined at line 2 of this file.");
        workflows.Should().ContainSingle().Which.Location.Line.Should().Be(1);
    }

    [Fact]
    public void Read_DuplicateRuleNameAmongSiblings_IsCaseInsensitive()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true"}, {"RuleName": "r", "Expression": "true"}""").Should().Equal(
            "rules.json(1,87): error DE1006: Duplicate RuleName 'r' in workflow 'W': 'R' is already used at line 1 (rule names are case-insensitive among siblings).");
    }

    [Fact]
    public void Read_SameRuleNameInDifferentParents_IsAllowed()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Operator": "And", "Rules": [{"RuleName": "R", "Expression": "true"}]}""").Should().BeEmpty();
    }

    [Fact]
    public void Read_DuplicateParamsAndInputs_AreReportedPerList()
    {
        var (_, diagnostics) = Read("""
            {
              "WorkflowName": "W",
              "Inputs": [ { "Name": "m", "Type": "M" }, { "Name": "m", "Type": "N" } ],
              "GlobalParams": [ { "Name": "p", "Expression": "1" }, { "Name": "P", "Expression": "2" } ],
              "Rules": [ { "RuleName": "R", "Expression": "true", "LocalParams": [
                { "Name": "p", "Expression": "1" }, { "Name": "p", "Expression": "2" } ] } ]
            }
            """);

        diagnostics.Should().Equal(
            "rules.json(3,55): error DE1007: Duplicate input 'm' in workflow 'W': already defined at line 3.",
            "rules.json(4,67): error DE1007: Duplicate global param 'P' in workflow 'W': 'p' is already defined at line 4.",
            "rules.json(6,51): error DE1007: Duplicate local param 'p' in rule 'R': already defined at line 6.");
    }

    [Fact]
    public void Read_UnknownOperator_ListsTheAcceptedOnes()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Operator": "Xor", "Rules": [{"RuleName": "C", "Expression": "true"}]}""").Should().Equal(
            "rules.json(1,63): error DE1008: Unknown Operator 'Xor'; expected 'And', 'AndAlso', 'Or' or 'OrElse'.");
    }

    [Fact]
    public void Read_UnsupportedExpressionType_IsReported()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "RuleExpressionType": "Script"}""").Should().Equal(
            "rules.json(1,95): error DE1009: RuleExpressionType 'Script' is not supported; the only supported value is 'LambdaExpression'.");
    }

    [Theory]
    [InlineData("""{"RuleName": "R"}""", "rules.json(1,33): error DE1010: Rule 'R' has neither an 'Expression' nor nested 'Rules'; a rule has either an 'Expression' or an 'Operator' with nested 'Rules'.")]
    [InlineData("""{"RuleName": "R", "Rules": []}""", "rules.json(1,33): error DE1010: Rule 'R' has no 'Expression' and its 'Rules' is empty; a rule has either an 'Expression' or an 'Operator' with nested 'Rules'.")]
    [InlineData("""{"RuleName": "R", "Expression": "true", "Operator": "And"}""", "rules.json(1,73): error DE1010: Rule 'R' has both an 'Expression' and 'Operator'; a rule has either an 'Expression' or an 'Operator' with nested 'Rules', not both.")]
    [InlineData("""{"RuleName": "R", "Expression": "true", "Rules": [{"RuleName": "C", "Expression": "true"}], "Operator": "Or"}""", "rules.json(1,73): error DE1010: Rule 'R' has both an 'Expression' and 'Rules'; a rule has either an 'Expression' or an 'Operator' with nested 'Rules', not both.")]
    [InlineData("""{"RuleName": "R", "Operator": "And"}""", "rules.json(1,51): error DE1010: Rule 'R' has an 'Operator' but no nested 'Rules'; a rule has either an 'Expression' or an 'Operator' with nested 'Rules'.")]
    [InlineData("""{"RuleName": "R", "Operator": "And", "Rules": []}""", "rules.json(1,51): error DE1010: Rule 'R' has an 'Operator' but an empty 'Rules' array; a rule has either an 'Expression' or an 'Operator' with nested 'Rules'.")]
    [InlineData("""{"RuleName": "R", "Rules": [{"RuleName": "C", "Expression": "true"}]}""", "rules.json(1,51): error DE1010: Rule 'R' has nested 'Rules' but no 'Operator'; add \"Operator\": \"And\" or \"Or\" to say how they combine.")]
    public void Read_RuleShape_NeedsExpressionOrOperatorWithRules(string rule, string expected)
    {
        DiagnosticsOfRules(rule).Should().Equal(expected);
    }

    [Fact]
    public void Read_EmptyRulesBesideExpression_IsAccepted()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "Rules": []}""").Should().BeEmpty();
    }

    [Fact]
    public void Read_LegacyProperties_WarnAndAreIgnored()
    {
        var (workflows, diagnostics) = Read("""
            {
              "WorkflowName": "W", "WorkflowRulesToInject": ["X"],
              "Rules": [ { "RuleName": "R", "Expression": "true", "ErrorType": "Warning",
                "Actions": { "OnSuccess": { "Name": "OutputExpression" } } } ]
            }
            """);

        diagnostics.Should().Equal(
            "rules.json(2,24): warning DE1011: 'WorkflowRulesToInject' in workflow 'W' is not supported and is ignored: list the workflows in 'WorkflowsToInject' on the workflow instead.",
            "rules.json(3,55): warning DE1011: 'ErrorType' in rule 'R' is not supported and is ignored: a rule that fails is always reported as failed, never turned into a warning or a pass.",
            "rules.json(4,5): warning DE1011: 'Actions' in rule 'R' is not supported and is ignored: rules here only decide and explain; run follow-up actions in the calling code.");
        workflows.Should().ContainSingle().Which.WorkflowsToInject.Should().BeEmpty();
    }

    [Fact]
    public void Read_SamePropertyTwice_IsReportedOnce()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "expression": "false", "Expression": "x"}""").Should().Equal(
            "rules.json(1,73): error DE1012: Duplicate property 'expression' in rule 'R': 'Expression' is already set at line 1 (property names are case-insensitive).",
            "rules.json(1,96): error DE1012: Duplicate property 'Expression': it is already set at line 1; a property may appear only once in an object.");
    }

    [Fact]
    public void Read_DuplicateCulture_IsReported()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "Messages": {"en": "a", "EN": "b"}}""").Should().Equal(
            "rules.json(1,97): error DE1012: Duplicate culture 'EN' in 'Messages' of rule 'R': 'en' is already set at line 1 (culture names are case-insensitive).");
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025/01/01")]
    [InlineData("2025-1-1")]
    public void Read_BadDate_IsReported(string date)
    {
        Read($$"""{"WorkflowName": "W", "Rules": [], "EffectiveFrom": "{{date}}"}""").Diagnostics.Should().Equal(
            $"rules.json(1,53): error DE1013: Invalid date '{date}' for 'EffectiveFrom'; expected a calendar date written yyyy-MM-dd, e.g. 2025-01-31.");
    }

    [Fact]
    public void Read_EffectiveToBeforeFrom_IsReported()
    {
        Read("""{"WorkflowName": "W", "Rules": [], "EffectiveFrom": "2025-02-01", "EffectiveTo": "2025-01-31"}""").Diagnostics.Should().Equal(
            "rules.json(1,82): error DE1017: EffectiveTo (2025-01-31) is before EffectiveFrom (2025-02-01) in workflow 'W'; the last day in force cannot precede the first.");
    }

    [Fact]
    public void Read_EmptyNames_AreInvalidValues()
    {
        Read("""{"WorkflowName": " ", "Rules": [{"RuleName": "", "Expression": "true"}], "WorkflowsToInject": [""]}""").Diagnostics.Should().Equal(
            "rules.json(1,18): error DE1017: 'WorkflowName' must not be empty; a workflow needs a name.",
            "rules.json(1,46): error DE1017: 'RuleName' must not be empty; a rule needs a name.",
            "rules.json(1,96): error DE1017: Entries of 'WorkflowsToInject' must not be empty; expected a workflow name.");
    }

    [Fact]
    public void Read_EmptyCulture_IsInvalidValue()
    {
        DiagnosticsOfRules("""{"RuleName": "R", "Expression": "true", "Messages": {"": "a"}}""").Should().Equal(
            "rules.json(1,86): error DE1017: A culture name in 'Messages' of rule 'R' must not be empty; expected a name such as 'zh-CN' or 'en'.");
    }

    [Fact]
    public void Read_ManyProblems_AreAllReportedInFileOrder()
    {
        var (workflows, diagnostics) = Read("""
            [
              {
                "WorkflowName": "Admission",
                "EffectiveFrom": "2025-02-30",
                "Rules": [
                  { "RuleName": "R1", "Expression": "a > 1", "ErrorMesage": "low", "Enabled": "yes" },
                  { "RuleName": "r1", "Operator": "Xor", "Rules": [] },
                  { "Expression": "true", "ErrorType": "Error" }
                ]
              },
              { "WorkflowName": "Admission", "Rules": 3 }
            ]
            """);

        diagnostics.Should().Equal(
            "rules.json(4,22): error DE1013: Invalid date '2025-02-30' for 'EffectiveFrom'; expected a calendar date written yyyy-MM-dd, e.g. 2025-01-31.",
            "rules.json(6,50): error DE1003: Unknown property 'ErrorMesage' in rule 'R1'. Did you mean 'ErrorMessage'?",
            "rules.json(6,83): error DE1002: Expected true or false for 'Enabled' but found a string.",
            "rules.json(7,21): error DE1006: Duplicate RuleName 'r1' in workflow 'Admission': 'R1' is already used at line 6 (rule names are case-insensitive among siblings).",
            "rules.json(7,27): error DE1010: Rule 'r1' has an 'Operator' but an empty 'Rules' array; a rule has either an 'Expression' or an 'Operator' with nested 'Rules'.",
            "rules.json(7,39): error DE1008: Unknown Operator 'Xor'; expected 'And', 'AndAlso', 'Or' or 'OrElse'.",
            "rules.json(8,7): error DE1004: A rule is missing the required property 'RuleName'.",
            "rules.json(8,31): warning DE1011: 'ErrorType' in a rule is not supported and is ignored: a rule that fails is always reported as failed, never turned into a warning or a pass.",
            "rules.json(11,21): error DE1005: Duplicate WorkflowName 'Admission': a workflow with this name is already defined at line 3 of this file.",
            "rules.json(11,43): error DE1002: Expected an array for 'Rules' but found a number.");
        workflows.Should().ContainSingle().Which.Rules.Should().ContainSingle().Which.Name.Should().Be("R1");
    }
}
