using System.Globalization;
using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>Maps the JSON tree of one rule file onto workflow definitions; split by area into partial files.</summary>
internal sealed partial class WorkflowObjectReader(JsonSourceText source, DiagnosticBag diagnostics)
{
    public List<WorkflowDefinition> ReadRoot(JsonNode root)
    {
        var workflows = new List<WorkflowDefinition>();
        var items = root is JsonArrayNode array ? array.Items : [root];
        if (root is not JsonArrayNode and not JsonObjectNode)
        {
            diagnostics.Error(DiagnosticCodes.UnexpectedValueKind, root.Location, $"Expected a workflow object or an array of workflow objects at the root of the file but found {root.Description}.", $"文件的根应为一个工作流对象或由工作流对象组成的数组，但实际是{root.DescriptionZh}。");
            return workflows;
        }

        var seen = new Dictionary<string, JsonStringNode>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not JsonObjectNode node)
            {
                diagnostics.Error(DiagnosticCodes.UnexpectedValueKind, item.Location, $"Expected a workflow object in the root array but found {item.Description}.", $"根数组中应为工作流对象，但实际是{item.DescriptionZh}。");
                continue;
            }

            var (workflow, name) = ReadWorkflow(node);
            if (workflow is null || name is null)
            {
                continue;
            }

            if (seen.TryGetValue(workflow.Name, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateWorkflow, name.Location, $"Duplicate WorkflowName '{workflow.Name}': a workflow with this name is already defined at line {first.Location.Line + 1} of this file.", $"WorkflowName '{workflow.Name}' 重复：本文件第 {first.Location.Line + 1} 行已定义了同名的工作流。");
                continue;
            }

            seen.Add(workflow.Name, name);
            workflows.Add(workflow);
        }

        return workflows;
    }

    private (WorkflowDefinition? Workflow, JsonStringNode? Name) ReadWorkflow(JsonObjectNode node)
    {
        var map = new PropertyMap(node, ObjectSchema.Workflow);
        var name = RequiredName(map, "WorkflowName", new ObjectOwner("workflow", null));
        var owner = new ObjectOwner("workflow", name?.Value);
        map.ReportExtras(owner, diagnostics);
        OptionalString(map, "$schema");

        var rules = RequiredArray(map, "Rules", owner);
        var from = OptionalDate(map, "EffectiveFrom");
        var to = OptionalDate(map, "EffectiveTo");
        if (from is { } start && to is { } end && end < start)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.Optional("EffectiveTo")!.Location, $"EffectiveTo ({Format(end)}) is before EffectiveFrom ({Format(start)}) in {owner}; the last day in force cannot precede the first.", $"{owner.ZhSubject}的 EffectiveTo（{Format(end)}）早于 EffectiveFrom（{Format(start)}）；生效的最后一天不能早于第一天。");
        }

        var workflow = new WorkflowDefinition
        {
            Name = name?.Value ?? string.Empty,
            Location = node.Location,
            Inputs = ReadInputs(map, owner),
            GlobalParams = ReadParams(map, "GlobalParams", "global param", owner),
            Rules = ReadRules(rules, owner),
            WorkflowsToInject = ReadNameList(map, "WorkflowsToInject", "a workflow name", "工作流名称"),
            EffectiveFrom = from,
            EffectiveTo = to,
            Version = OptionalString(map, "Version")?.Value,
            Enabled = OptionalBoolean(map, "Enabled") ?? true,
            Source = OptionalString(map, "Source")?.Value,
            Description = OptionalString(map, "Description")?.Value,
            Properties = ReadProperties(map),
        };

        // A workflow without a usable name was reported; its contents were still checked above.
        return name is null ? (null, null) : (workflow, name);
    }

    private DateOnly? OptionalDate(PropertyMap map, string name)
    {
        if (OptionalString(map, name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.InvalidDate, text.Location, $"Invalid date '{text.Value}' for '{name}'; expected a calendar date written yyyy-MM-dd, e.g. 2025-01-31.", $"'{name}' 的日期 '{text.Value}' 无效；应为按 yyyy-MM-dd 格式书写的日历日期，例如 2025-01-31。");
        return null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
