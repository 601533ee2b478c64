using Douyin.Eligibility.Rules.Workflows;
using static Douyin.Eligibility.Rules.Tests.Workflows.ReaderHarness;

namespace Douyin.Eligibility.Rules.Tests.Workflows;

public class WorkflowFileReaderMappingTests
{
    private const string FullWorkflow = """
        {
          "$schema": "../schema/workflow.schema.json",
          "WorkflowName": "Admission",
          "Version": "2025.1",
          "Source": "规则 v3",
          "Description": "Alliance admission",
          "EffectiveFrom": "2025-01-01",
          "EffectiveTo": "2025-12-31",
          "Inputs": [ { "Name": "merchant", "Type": "Merchant" } ],
          "GlobalParams": [ { "Name": "score", "Expression": "merchant.Score" } ],
          "WorkflowsToInject": [ "Common" ],
          "Properties": { "owner": "team-a", "weight": 3, "tags": ["x"] },
          "Rules": [
            {
              "RuleName": "All",
              "Operator": "AndAlso",
              "Enabled": false,
              "SuccessEvent": "ok",
              "ReasonCode": "R-ALL",
              "Source": "§1",
              "Description": "everything",
              "LocalParams": [ { "Name": "x", "Expression": "score + 1" } ],
              "Properties": { "level": 1 },
              "Rules": [
                {
                  "RuleName": "ScoreHigh",
                  "RuleExpressionType": "LambdaExpression",
                  "Expression": "x > 80",
                  "ErrorMessage": "Score $(score) is too low",
                  "Messages": { "zh-CN": "分数不足", "en": "Score too low" }
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Read_FullWorkflow_MapsWorkflowFields()
    {
        var workflow = ReadSingle(FullWorkflow);

        workflow.Name.Should().Be("Admission");
        workflow.Location.ToString().Should().Be("rules.json(1,1)");
        workflow.Version.Should().Be("2025.1");
        workflow.Source.Should().Be("规则 v3");
        workflow.Description.Should().Be("Alliance admission");
        workflow.EffectiveFrom.Should().Be(new DateOnly(2025, 1, 1));
        workflow.EffectiveTo.Should().Be(new DateOnly(2025, 12, 31));
        workflow.Inputs.Should().Equal(new InputDefinition("merchant", "Merchant", new SourceLocation(FilePath, 8, 14)));
        var param = workflow.GlobalParams.Should().ContainSingle().Subject;
        (param.Name, param.Expression.Text, param.Location.ToString()).Should().Be(("score", "merchant.Score", "rules.json(10,21)"));
        At(param.Expression, 0).Should().Be("(10,55)");
        workflow.WorkflowsToInject.Should().Equal(new NameReference("Common", new SourceLocation(FilePath, 10, 25)));
        workflow.Properties.Keys.Should().Equal("owner", "weight", "tags");
        workflow.Properties["owner"].GetString().Should().Be("team-a");
        workflow.Properties["weight"].GetInt32().Should().Be(3);
        workflow.Properties["tags"][0].GetString().Should().Be("x");
    }

    [Fact]
    public void Read_FullWorkflow_MapsRuleFields()
    {
        var all = ReadSingle(FullWorkflow).Rules.Should().ContainSingle().Subject;

        all.Name.Should().Be("All");
        all.Location.ToString().Should().Be("rules.json(14,5)");
        all.Operator.Should().Be(RuleOperator.And);
        all.Expression.Should().BeNull();
        all.Enabled.Should().BeFalse();
        all.SuccessEvent.Should().Be("ok");
        all.ReasonCode.Should().Be("R-ALL");
        all.Source.Should().Be("§1");
        all.Description.Should().Be("everything");
        all.LocalParams.Should().ContainSingle().Which.Expression.Text.Should().Be("score + 1");
        all.Properties["level"].GetInt32().Should().Be(1);

        var leaf = all.Rules.Should().ContainSingle().Subject;
        leaf.Name.Should().Be("ScoreHigh");
        leaf.Enabled.Should().BeTrue();
        leaf.Operator.Should().BeNull();
        leaf.Rules.Should().BeEmpty();
        leaf.Expression!.Text.Should().Be("x > 80");
        At(leaf.Expression, 0).Should().Be("(28,26)");
        leaf.ErrorMessage!.Text.Should().Be("Score $(score) is too low");
        leaf.Messages.Keys.Should().Equal("zh-CN", "en");
        leaf.Messages["ZH-cn"].Text.Should().Be("分数不足");
        At(leaf.Messages["en"], 0).Should().Be("(30,49)");
    }

    [Fact]
    public void Read_ArrayRoot_ReturnsWorkflowsInFileOrder()
    {
        var (workflows, diagnostics) = Read("""
            [
              { "WorkflowName": "A", "Rules": [ { "RuleName": "R", "Expression": "true" } ] },
              { "WorkflowName": "B", "Rules": [] },
            ]
            """);

        diagnostics.Should().BeEmpty();
        workflows.Select(w => (w.Name, w.Location.ToString())).Should().Equal(("A", "rules.json(2,3)"), ("B", "rules.json(3,3)"));
    }

    [Theory]
    [InlineData("And", RuleOperator.And)]
    [InlineData("andalso", RuleOperator.And)]
    [InlineData("Or", RuleOperator.Or)]
    [InlineData("ORELSE", RuleOperator.Or)]
    public void Read_OperatorSpellings_MapCaseInsensitively(string spelling, RuleOperator expected)
    {
        var workflow = ReadSingle($$"""
            { "WorkflowName": "W", "Rules": [ { "RuleName": "P", "Operator": "{{spelling}}", "Rules": [ { "RuleName": "C", "Expression": "true" } ] } ] }
            """);

        workflow.Rules[0].Operator.Should().Be(expected);
    }

    [Fact]
    public void Read_PropertyNamesInOtherCase_AreRecognized()
    {
        var workflow = ReadSingle("""
            { "workflowname": "W", "RULES": [ { "ruleName": "R", "expression": "a == 1", "enabled": false } ] }
            """);

        workflow.Rules[0].Should().Match<RuleDefinition>(r => r.Name == "R" && r.Expression!.Text == "a == 1" && !r.Enabled);
    }

    [Fact]
    public void Read_NullOptionalValues_CountAsAbsent()
    {
        var workflow = ReadSingle("""
            { "WorkflowName": "W", "GlobalParams": null, "Rules": [
              { "RuleName": "R", "Expression": "true", "Operator": null, "Rules": null, "LocalParams": null, "ErrorMessage": null, "Enabled": null }
            ] }
            """);

        workflow.Rules[0].Should().Match<RuleDefinition>(r => r.Enabled && r.Operator == null && r.ErrorMessage == null);
    }

    [Fact]
    public void Read_ExpressionWithEscapesOnLaterLine_LocatesEachCharacter()
    {
        var workflow = ReadSingle("""
            {
              "WorkflowName": "W",
              "Rules": [
                { "RuleName": "R",
                  "Expression": "名称 == \"a\\b\" && \u4e2d > 1" }
              ]
            }
            """);

        var expression = workflow.Rules[0].Expression!;
        expression.Text.Should().Be("名称 == \"a\\b\" && 中 > 1");
        At(expression, 0).Should().Be("(5,22)");
        At(expression, 6).Should().Be("(5,28)");   // the quote written as \"
        At(expression, 7).Should().Be("(5,30)");   // 'a' after it: shifted by 2
        At(expression, 9).Should().Be("(5,33)");   // 'b' after \\
        At(expression, 15).Should().Be("(5,40)");  // 中 written as \u4e2d
        At(expression, 16).Should().Be("(5,46)");  // the space after it: shifted by 6
        At(expression, expression.Text.Length).Should().Be("(5,50)");
    }

    [Fact]
    public void Read_CommentsAndTrailingCommas_AreAccepted()
    {
        var workflow = ReadSingle("""
            // Admission rules
            {
              "WorkflowName": "W", /* the name */
              "Rules": [
                { "RuleName": "R", "Expression": "true", },
              ],
            }
            """);

        workflow.Rules.Should().ContainSingle();
    }
}
