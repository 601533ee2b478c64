using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>GlobalParams, LocalParams and Inputs: arrays of small named objects, names unique per list.</summary>
internal sealed partial class WorkflowObjectReader
{
    private List<ParamDefinition> ReadParams(PropertyMap map, string property, string kind, ObjectOwner owner)
    {
        var result = new List<ParamDefinition>();
        var seen = new Dictionary<string, JsonStringNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in Entries(map, property))
        {
            var entry = new PropertyMap(node, ObjectSchema.Param);
            var name = RequiredName(entry, "Name", new ObjectOwner(kind, null));
            var entryOwner = new ObjectOwner(kind, name?.Value);
            entry.ReportExtras(entryOwner, diagnostics);
            var expression = RequiredString(entry, "Expression", entryOwner);
            if (name is not null && IsUnique(seen, name, kind, owner) && expression is not null)
            {
                result.Add(new ParamDefinition(name.Value, expression.Text, node.Location));
            }
        }

        return result;
    }

    private List<InputDefinition> ReadInputs(PropertyMap map, ObjectOwner owner)
    {
        var result = new List<InputDefinition>();
        var seen = new Dictionary<string, JsonStringNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in Entries(map, "Inputs"))
        {
            var entry = new PropertyMap(node, ObjectSchema.Input);
            var name = RequiredName(entry, "Name", new ObjectOwner("input", null));
            var entryOwner = new ObjectOwner("input", name?.Value);
            entry.ReportExtras(entryOwner, diagnostics);
            var type = RequiredName(entry, "Type", entryOwner);
            if (name is not null && IsUnique(seen, name, "input", owner) && type is not null)
            {
                result.Add(new InputDefinition(name.Value, type.Value, node.Location));
            }
        }

        return result;
    }

    /// <summary>The object entries of an optional array property; other entries are reported and skipped.</summary>
    private IEnumerable<JsonObjectNode> Entries(PropertyMap map, string property)
    {
        foreach (var item in OptionalArray(map, property)?.Items ?? [])
        {
            if (item is JsonObjectNode node)
            {
                yield return node;
            }
            else
            {
                diagnostics.ErrorVariant(DiagnosticCodes.UnexpectedValueKind, "ListObject", item.Location, property, item.Description);
            }
        }
    }

    // Names are compared case-insensitively: two params differing only in case are a mistake either way.
    private bool IsUnique(Dictionary<string, JsonStringNode> seen, JsonStringNode name, string kind, ObjectOwner owner)
    {
        if (seen.TryGetValue(name.Value, out var first))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateParam, name.Location, ObjectOwner.KindText(kind), name.Value, owner.Text, Spelling(first, name), first.Location.Line + 1);
            return false;
        }

        seen.Add(name.Value, name);
        return true;
    }

    /// <summary>How the first name was spelled, when it differs from the second only in case: <c>'Min' is </c>.</summary>
    private static LocalizableText Spelling(JsonStringNode first, JsonStringNode again)
        => string.Equals(first.Value, again.Value, StringComparison.Ordinal) ? Messages.Empty : Messages.Get("FirstSpelling", first.Value);
}
