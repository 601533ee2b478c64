using System.Text.Json;
using Douyin.Eligibility.Rules.Workflows;
using Douyin.Eligibility.Tests.RuleFiles;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Schema;

/// <summary>rules/schema/workflow.schema.json stays in step with the reader and with the shipped rule files.</summary>
public class WorkflowSchemaTests
{
    internal static MiniJsonSchema Schema { get; } = MiniJsonSchema.Load(Repo.PathOf("rules", "schema", "workflow.schema.json"));

    private static readonly JsonDocumentOptions RuleFileOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TheoryData<string> Kinds => ["workflow", "rule", "param", "input"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void WorkflowSchema_Properties_AreExactlyWhatTheReaderAccepts(string kind)
    {
        var schema = kind switch
        {
            "workflow" => ObjectSchema.Workflow,
            "rule" => ObjectSchema.Rule,
            "param" => ObjectSchema.Param,
            _ => ObjectSchema.Input,
        };

        // Legacy RulesEngine names are in the schema too (marked deprecated), because the reader accepts them with a warning.
        var expected = schema.Known.Concat(schema.Legacy.Keys);

        Schema.PropertyNames($"#/$defs/{kind}").Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void WorkflowSchema_EveryShippedRuleFile_Conforms()
    {
        var rulesDir = Repo.PathOf("rules");
        var files = ShippedRules.WorkflowFilePaths().ToList();

        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), RuleFileOptions);
            Schema.Validate(document.RootElement).Should().BeEmpty($"{Path.GetRelativePath(rulesDir, file)} must conform to workflow.schema.json");
        }
    }

    [Theory]
    [InlineData("""{"$schema": "../schema/workflow.schema.json", "WorkflowName": "W", "Inputs": [{"Name": "merchant", "Type": "MerchantSnapshot"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""")]
    [InlineData("""[{"WorkflowName": "W", "Inputs": [], "EffectiveFrom": "2024-01-01", "EffectiveTo": null, "Rules": [{"RuleName": "R", "Operator": "OrElse", "Rules": [{"RuleName": "A", "Expression": "true", "Messages": {"en": "a", "zh-CN": "甲"}}]}]}]""")]
    [InlineData("""{"WorkflowName": "W", "Inputs": [], "Rules": [{"RuleName": "R", "Expression": "true", "ErrorType": "Error", "Rules": []}], "GlobalParams": [{"Name": "P", "Expression": "1"}]}""")]
    public void WorkflowSchema_WhatTheReaderAccepts_IsAccepted(string json)
    {
        using var document = JsonDocument.Parse(json);

        Schema.Validate(document.RootElement).Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"WorkflowName": "W", "Inputs": [], "Rules": [{"RuleName": "R", "Expression": "true", "ErrorMesage": "x"}]}""", "ErrorMesage")]
    [InlineData("""{"WorkflowName": "W", "Inputs": [], "Rules": [{"RuleName": "R", "Operator": "Xor", "Rules": [{"RuleName": "A", "Expression": "true"}]}]}""", "Xor")]
    [InlineData("""{"WorkflowName": "W", "Inputs": [], "EffectiveFrom": "2024/01/01", "Rules": []}""", "2024/01/01")]
    [InlineData("""{"WorkflowName": "W", "Inputs": [], "Rules": [{"RuleName": "R", "Expression": "true", "Operator": "And", "Rules": [{"RuleName": "A", "Expression": "true"}]}]}""", "anyOf")]
    [InlineData("""{"WorkflowName": "W", "Inputs": [], "Rules": [{"RuleName": "R"}]}""", "anyOf")]
    [InlineData("""{"WorkflowName": "W", "Rules": []}""", "Inputs")]
    [InlineData("""{"WorkflowName": "W", "Inputs": [{"Name": "m"}], "Rules": []}""", "Type")]
    [InlineData("""{"WorkflowName": "W", "Inputs": [], "Rules": [{"RuleName": "R", "Expression": "true", "RuleExpressionType": "Other"}]}""", "LambdaExpression")]
    public void WorkflowSchema_WhatTheReaderRejects_IsRejected(string json, string mentioned)
    {
        using var document = JsonDocument.Parse(json);

        Schema.Validate(document.RootElement).Should().ContainMatch($"*{mentioned}*");
    }
}
