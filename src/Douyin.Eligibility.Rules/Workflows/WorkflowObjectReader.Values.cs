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
            diagnostics.ErrorVariant(DiagnosticCodes.InvalidValue, "EmptyName", value.Location, name, owner.Text);
            return null;
        }

        return value;
    }

    private JsonStringNode? RequiredString(PropertyMap map, string name, ObjectOwner owner)
        => Required(map, name, owner) is { } value ? As<JsonStringNode>(value, name, "Json_String") : null;

    private JsonArrayNode? RequiredArray(PropertyMap map, string name, ObjectOwner owner)
        => Required(map, name, owner) is { } value ? As<JsonArrayNode>(value, name, "Json_Array") : null;

    private JsonNode? Required(PropertyMap map, string name, ObjectOwner owner)
    {
        var property = map.Get(name);
        if (property is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingProperty, map.Node.Location, owner.Sentence, name);
        }

        return property?.Value;
    }

    /// <summary>An optional name (<c>BasedOn</c>, <c>Before</c>, <c>After</c>); a blank one is reported and read as absent.</summary>
    private NameReference? OptionalName(PropertyMap map, string name)
    {
        if (OptionalString(map, name) is not { } text)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text.Value))
        {
            diagnostics.ErrorVariant(DiagnosticCodes.InvalidValue, "EmptyReference", text.Location, name);
            return null;
        }

        return new NameReference(text.Value, text.Location);
    }

    private JsonStringNode? OptionalString(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonStringNode>(value, name, "Json_String") : null;

    private JsonArrayNode? OptionalArray(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonArrayNode>(value, name, "Json_Array") : null;

    private JsonObjectNode? OptionalObject(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonObjectNode>(value, name, "Json_Object") : null;

    private bool? OptionalBoolean(PropertyMap map, string name)
        => map.Optional(name) is { } value ? As<JsonBooleanNode>(value, name, "Expected_TrueOrFalse")?.Value : null;

    /// <summary><paramref name="value"/> as a <typeparamref name="T"/>, or DE1002 saying what (the catalog entry <paramref name="expected"/>) was expected.</summary>
    private T? As<T>(JsonNode value, string name, string expected)
        where T : JsonNode
    {
        if (value is T typed)
        {
            return typed;
        }

        diagnostics.Error(DiagnosticCodes.UnexpectedValueKind, value.Location, Messages.Get(expected), name, value.Description);
        return null;
    }

    /// <summary>An array of names such as <c>WorkflowsToInject</c>; blank or non-string entries are reported and skipped.</summary>
    private List<NameReference> ReadNameList(PropertyMap map, string name, LocalizableText expected)
    {
        var names = new List<NameReference>();
        foreach (var item in OptionalArray(map, name)?.Items ?? [])
        {
            if (item is not JsonStringNode text)
            {
                diagnostics.ErrorVariant(DiagnosticCodes.UnexpectedValueKind, "ListEntry", item.Location, expected, name, item.Description);
            }
            else if (string.IsNullOrWhiteSpace(text.Value))
            {
                diagnostics.ErrorVariant(DiagnosticCodes.InvalidValue, "EmptyEntry", text.Location, name, expected);
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
