using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>Typed access to property values; each wrong kind or missing value is reported once, here.</summary>
internal sealed partial class WorkflowObjectReader
{
    /// <summary>A required, non-blank name; null (after a diagnostic) when it is missing, mistyped or blank.</summary>
    private JsonStringNode? RequiredName(PropertyMap map, string name, ObjectOwner owner)
    {
        if (RequiredString(map, name, owner) is not { } value)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value.Value))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, value.Location, $"'{name}' must not be empty; {owner} needs a name.", $"'{name}' 不能为空；{owner.ZhSubject}需要一个名称。");
            return null;
        }

        return value;
    }

    private JsonStringNode? RequiredString(PropertyMap map, string name, ObjectOwner owner)
        => Required(map, name, owner) is { } value ? As<JsonStringNode>(value, name, "a string", "字符串") : null;

    private JsonArrayNode? RequiredArray(PropertyMap map, string name, ObjectOwner owner)
        => Required(map, name, owner) is { } value ? As<JsonArrayNode>(value, name, "an array", "数组") : null;

    private JsonNode? Required(PropertyMap map, string name, ObjectOwner owner)
    {
        var property = map.Get(name);
        if (property is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingProperty, map.Node.Location, $"{owner.Sentence} is missing the required property '{name}'.", $"{owner.ZhSubject}缺少必需的属性 '{name}'。");
        }

        return property?.Value;
    }

    private JsonStringNode? OptionalString(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonStringNode>(value, name, "a string", "字符串") : null;

    private JsonArrayNode? OptionalArray(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonArrayNode>(value, name, "an array", "数组") : null;

    private JsonObjectNode? OptionalObject(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonObjectNode>(value, name, "an object", "对象") : null;

    private bool? OptionalBoolean(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonBooleanNode>(value, name, "true or false", "布尔值（true 或 false）")?.Value : null;

    private T? As<T>(JsonNode value, string name, string expected, string expectedZh)
        where T : JsonNode
    {
        if (value is T typed)
        {
            return typed;
        }

        diagnostics.Error(DiagnosticCodes.UnexpectedValueKind, value.Location, $"Expected {expected} for '{name}' but found {value.Description}.", $"'{name}' 应为{expectedZh}，但实际是{value.DescriptionZh}。");
        return null;
    }

    /// <summary>An array of names such as <c>WorkflowsToInject</c>; blank or non-string entries are reported and skipped.</summary>
    private List<NameReference> ReadNameList(PropertyMap map, string name, string expected, string expectedZh)
    {
        var names = new List<NameReference>();
        foreach (var item in OptionalArray(map, name)?.Items ?? [])
        {
            if (item is not JsonStringNode text)
            {
                diagnostics.Error(DiagnosticCodes.UnexpectedValueKind, item.Location, $"Expected {expected} (a string) in '{name}' but found {item.Description}.", $"'{name}' 中应为{expectedZh}（字符串），但实际是{item.DescriptionZh}。");
            }
            else if (string.IsNullOrWhiteSpace(text.Value))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, text.Location, $"Entries of '{name}' must not be empty; expected {expected}.", $"'{name}' 中的条目不能为空；应为{expectedZh}。");
            }
            else
            {
                names.Add(new NameReference(text.Value, text.Location));
            }
        }

        return names;
    }

    /// <summary>Free-form <c>Properties</c>: any JSON, kept as detached elements for the caller.</summary>
    private Dictionary<string, System.Text.Json.JsonElement> ReadProperties(PropertyMap map)
    {
        var properties = new Dictionary<string, System.Text.Json.JsonElement>(StringComparer.Ordinal);
        foreach (var property in OptionalObject(map, "Properties")?.Properties ?? [])
        {
            properties[property.Name] = source.ToElement(property.Value);
        }

        return properties;
    }
}
