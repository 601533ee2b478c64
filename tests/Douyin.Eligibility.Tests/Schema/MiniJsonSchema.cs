using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Douyin.Eligibility.Tests.Schema;

/// <summary>
/// A validator for the subset of JSON Schema 2020-12 the repository's schemas use: type, properties, required,
/// additionalProperties, propertyNames, items, enum, pattern, minLength, minimum, maximum, minItems, maxItems,
/// local $ref to $defs, anyOf and oneOf. Annotations are ignored; any other keyword throws, so a schema cannot
/// silently use a keyword this validator would skip.
/// </summary>
internal sealed class MiniJsonSchema
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$defs", "title", "description", "examples", "deprecated"];

    private readonly JsonElement _root;

    public MiniJsonSchema(JsonElement root) => _root = root;

    public static MiniJsonSchema Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>The property names the object schema at <paramref name="pointer"/> (e.g. <c>#/$defs/rule</c>) declares.</summary>
    public IReadOnlyList<string> PropertyNames(string pointer)
        => Resolve(pointer).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

    /// <summary>Every error, as "path: message"; empty when <paramref name="instance"/> conforms.</summary>
    public List<string> Validate(JsonElement instance, string pointer = "#")
    {
        var errors = new List<string>();
        Check(Resolve(pointer), instance, "$", errors);
        return errors;
    }

    private JsonElement Resolve(string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            throw new NotSupportedException($"Only local references are supported: {pointer}");
        }

        var node = _root;
        foreach (var part in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
        }

        return node;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            CheckKeyword(keyword.Name, keyword.Value, schema, value, path, errors);
        }
    }

    private void CheckKeyword(string name, JsonElement arg, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        switch (name)
        {
            case var _ when Annotations.Contains(name):
                break;
            case "$ref":
                Check(Resolve(arg.GetString()!), value, path, errors);
                break;
            case "type":
                var types = arg.ValueKind == JsonValueKind.Array ? arg.EnumerateArray().Select(t => t.GetString()!).ToList() : [arg.GetString()!];
                if (!types.Any(t => IsType(value, t)))
                {
                    errors.Add($"{path}: expected {string.Join(" or ", types)} but found {value.ValueKind}");
                }

                break;
            case "enum":
                if (!arg.EnumerateArray().Any(option => JsonEquals(option, value)))
                {
                    errors.Add($"{path}: {value.GetRawText()} is not one of {arg.GetRawText()}");
                }

                break;
            case "pattern" when value.ValueKind == JsonValueKind.String:
                if (!Regex.IsMatch(value.GetString()!, arg.GetString()!))
                {
                    errors.Add($"{path}: '{value.GetString()}' does not match {arg.GetString()}");
                }

                break;
            case "minLength" when value.ValueKind == JsonValueKind.String:
                if (value.GetString()!.Length < arg.GetInt32())
                {
                    errors.Add($"{path}: shorter than {arg.GetInt32()}");
                }

                break;
            case "minimum" when value.ValueKind == JsonValueKind.Number:
                if (value.GetDecimal() < arg.GetDecimal())
                {
                    errors.Add($"{path}: {value.GetRawText()} is below {arg.GetRawText()}");
                }

                break;
            case "maximum" when value.ValueKind == JsonValueKind.Number:
                if (value.GetDecimal() > arg.GetDecimal())
                {
                    errors.Add($"{path}: {value.GetRawText()} is above {arg.GetRawText()}");
                }

                break;
            case "minItems" when value.ValueKind == JsonValueKind.Array:
                if (value.GetArrayLength() < arg.GetInt32())
                {
                    errors.Add($"{path}: fewer than {arg.GetInt32()} items");
                }

                break;
            case "maxItems" when value.ValueKind == JsonValueKind.Array:
                if (value.GetArrayLength() > arg.GetInt32())
                {
                    errors.Add($"{path}: more than {arg.GetInt32()} items");
                }

                break;
            case "items" when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(arg, item, $"{path}[{index++}]", errors);
                }

                break;
            case "required" when value.ValueKind == JsonValueKind.Object:
                foreach (var required in arg.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(required, out _))
                    {
                        errors.Add($"{path}: missing required property '{required}'");
                    }
                }

                break;
            case "properties" when value.ValueKind == JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (arg.TryGetProperty(property.Name, out var propertySchema))
                    {
                        Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
                    }
                }

                break;
            case "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                var declared = schema.TryGetProperty("properties", out var props) ? props : default;
                foreach (var property in value.EnumerateObject())
                {
                    if (declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(property.Name, out _))
                    {
                        var errorsBefore = errors.Count;
                        Check(arg, property.Value, $"{path}.{property.Name}", errors);
                        if (arg.ValueKind == JsonValueKind.False && errors.Count > errorsBefore)
                        {
                            errors[^1] = $"{path}: unknown property '{property.Name}'";
                        }
                    }
                }

                break;
            case "propertyNames" when value.ValueKind == JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    using var nameDocument = JsonDocument.Parse(JsonSerializer.Serialize(property.Name));
                    Check(arg, nameDocument.RootElement, $"{path}.{property.Name} (name)", errors);
                }

                break;
            case "anyOf" or "oneOf":
                var branchErrors = arg.EnumerateArray().Select(branch =>
                {
                    var found = new List<string>();
                    Check(branch, value, path, found);
                    return found;
                }).ToList();
                var matches = branchErrors.Count(e => e.Count == 0);
                if (matches == 0)
                {
                    var closest = branchErrors.MinBy(e => e.Count)!;
                    errors.Add($"{path}: matches none of {name} (closest branch: {string.Join("; ", closest)})");
                }
                else if (name == "oneOf" && matches > 1)
                {
                    errors.Add($"{path}: matches {matches} branches of oneOf; expected exactly one");
                }

                break;
            case "pattern" or "minLength" or "minimum" or "maximum" or "minItems" or "maxItems" or "items"
                or "required" or "properties" or "additionalProperties" or "propertyNames":
                break; // applies only to other kinds of value
            default:
                throw new NotSupportedException($"MiniJsonSchema does not support the keyword '{name}'.");
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number
            && decimal.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number),
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };

    // JsonElement.DeepEquals is .NET 9+; the tests also run on net8.0.
    private static bool JsonEquals(JsonElement left, JsonElement right) => (left.ValueKind, right.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => left.GetDecimal() == right.GetDecimal(),
        (JsonValueKind.String, JsonValueKind.String) => left.GetString() == right.GetString(),
        (JsonValueKind.Array, JsonValueKind.Array) => left.GetArrayLength() == right.GetArrayLength()
            && left.EnumerateArray().Zip(right.EnumerateArray()).All(pair => JsonEquals(pair.First, pair.Second)),
        (JsonValueKind.Object, JsonValueKind.Object) => left.EnumerateObject().Count() == right.EnumerateObject().Count()
            && left.EnumerateObject().All(p => right.TryGetProperty(p.Name, out var other) && JsonEquals(p.Value, other)),
        var (l, r) => l == r,
    };
}
