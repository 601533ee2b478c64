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
            diagnostics.ErrorVariant(DiagnosticCodes.UnexpectedValueKind, "Root", root.Location, root.Description);
            return workflows;
        }

        var seen = new Dictionary<string, JsonStringNode>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not JsonObjectNode node)
            {
                diagnostics.ErrorVariant(DiagnosticCodes.UnexpectedValueKind, "RootItem", item.Location, item.Description);
                continue;
            }

            var (workflow, name) = ReadWorkflow(node);
            if (workflow is null || name is null)
            {
                continue;
            }

            if (seen.TryGetValue(workflow.Name, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateWorkflow, name.Location, workflow.Name, first.Location.Line + 1);
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

        // A version based on another states only what changes: it may have no Rules of its own.
        var basedOn = OptionalName(map, "BasedOn");
        var rules = basedOn is null ? RequiredArray(map, "Rules", owner) : OptionalArray(map, "Rules");
        var from = OptionalDate(map, "EffectiveFrom");
        var to = OptionalDate(map, "EffectiveTo");
        if (from is { } start && to is { } end && end < start)
        {
            diagnostics.ErrorVariant(DiagnosticCodes.InvalidValue, "Period", map.Optional("EffectiveTo")!.Location, Format(end), Format(start), owner.Text);
        }

        var workflow = new WorkflowDefinition
        {
            Name = name?.Value ?? string.Empty,
            Location = node.Location,
            Inputs = ReadInputs(map, owner),
            GlobalParams = ReadParams(map, "GlobalParams", "global param", owner),
            Rules = ReadRules(rules, owner),
            WorkflowsToInject = ReadNameList(map, "WorkflowsToInject", Messages.Get("Expected_WorkflowName")),
            BasedOn = basedOn,
            ReplaceRules = ReadRules(OptionalArray(map, "ReplaceRules"), owner),
            RemoveRules = ReadNameList(map, "RemoveRules", Messages.Get("Expected_RuleName")),
            RemoveParams = ReadNameList(map, "RemoveParams", Messages.Get("Expected_ParamName")),
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

        diagnostics.Error(DiagnosticCodes.InvalidDate, text.Location, text.Value, name);
        return null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
