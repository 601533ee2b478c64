using System.Text.Json;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine.Tests.Export;

public sealed class WorkflowJsonTests
{
    [Fact]
    public void Write_EverySchemaPart_ReadsBackAsTheSameWorkflow()
    {
        var workflow = new Workflow
        {
            WorkflowName = "W@1",
            GlobalParams = [new ScopedParam { Name = "g", Expression = "1 > 0" }],
            Rules =
            [
                new Rule
                {
                    RuleName = "Parent",
                    Operator = "And",
                    Rules = [new Rule { RuleName = "Child", Expression = "g", SuccessEvent = "ok", ErrorMessage = "not ok \"quoted\" 中文" }],
                },
                new Rule { RuleName = "Off", Expression = "false", Enabled = false, LocalParams = [new ScopedParam { Name = "l", Expression = "a > b && c" }] },
            ],
        };

        var json = WorkflowJson.Write(workflow);
        var read = JsonSerializer.Deserialize<Workflow>(json)!;

        read.WorkflowName.Should().Be("W@1");
        read.GlobalParams.Should().ContainSingle().Which.Expression.Should().Be("1 > 0");
        var parent = read.Rules.First();
        parent.Operator.Should().Be("And");
        parent.Rules.Should().ContainSingle().Which.ErrorMessage.Should().Be("not ok \"quoted\" 中文");
        parent.Rules.Single().SuccessEvent.Should().Be("ok");
        read.Rules.Last().Enabled.Should().BeFalse();
        read.Rules.Last().LocalParams.Should().ContainSingle().Which.Expression.Should().Be("a > b && c");
    }

    [Fact]
    public void Write_UnsetValues_AreLeftOutAndTheLayoutIsTheSameOnEveryPlatform()
    {
        var json = WorkflowJson.Write(new Workflow { WorkflowName = "W", Rules = [new Rule { RuleName = "R", Expression = "a > 1" }] });

        json.Should().Be("""
            {
              "WorkflowName": "W",
              "Rules": [
                {
                  "RuleName": "R",
                  "Expression": "a > 1",
                  "RuleExpressionType": "LambdaExpression"
                }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
