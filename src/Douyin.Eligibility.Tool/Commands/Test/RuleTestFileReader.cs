using System.Globalization;
using System.Text.Json;

namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>Reads <c>*.tests.json</c> files; a malformed file is a <see cref="ToolException"/> naming the problem.</summary>
internal static class RuleTestFileReader
{
    private static readonly string[] FileProperties = ["$schema", "workflow", "rules", "version", "description", "cases"];
    private static readonly string[] CaseProperties = ["name", "description", "asOf", "snapshot", "outcome", "reasonCodes", "missingFields"];
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static RuleTestFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"{path}: cannot read the test file: {e.Message}");
        }

        try
        {
            using var document = JsonDocument.Parse(text, Options);
            var root = document.RootElement;
            Expect(root.ValueKind == JsonValueKind.Object, path, "the test file must be a JSON object");
            KnownProperties(root, FileProperties, path);
            var rules = OptionalString(root, "rules", path);
            var directory = System.IO.Path.GetDirectoryName(path);
            var rulesPath = rules is null || System.IO.Path.IsPathRooted(rules) || string.IsNullOrEmpty(directory) ? rules : System.IO.Path.Combine(directory, rules);
            Expect(root.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Array, path, "'cases' must be an array");
            return new RuleTestFile(
                path,
                RequiredString(root, "workflow", path),
                rulesPath,
                OptionalString(root, "version", path),
                cases.EnumerateArray().Select((c, i) => ReadCase(c, i, path)).ToArray());
        }
        catch (JsonException e)
        {
            throw new ToolException($"{path}({e.LineNumber + 1},{e.BytePositionInLine + 1}): invalid JSON: {e.Message}");
        }
    }

    private static RuleTestCase ReadCase(JsonElement element, int index, string path)
    {
        var where = $"{path}: cases[{index}]";
        Expect(element.ValueKind == JsonValueKind.Object, where, "a case must be an object");
        KnownProperties(element, CaseProperties, where);
        Expect(element.TryGetProperty("snapshot", out var snapshot) && snapshot.ValueKind == JsonValueKind.Object, where, "'snapshot' must be an object");
        var asOf = OptionalString(element, "asOf", where);
        DateOnly? date = null;
        if (asOf is not null)
        {
            Expect(DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), where, $"'asOf' '{asOf}' is not yyyy-MM-dd");
            date = d;
        }

        return new RuleTestCase(
            RequiredString(element, "name", where),
            date,
            snapshot.GetRawText(),
            RequiredString(element, "outcome", where),
            OptionalStrings(element, "reasonCodes", where),
            OptionalStrings(element, "missingFields", where));
    }

    private static string RequiredString(JsonElement element, string name, string where)
        => OptionalString(element, name, where) ?? throw new ToolException($"{where}: '{name}' is required");

    private static string? OptionalString(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value.ValueKind == JsonValueKind.String, where, $"'{name}' must be a string");
        return value.GetString();
    }

    private static string[]? OptionalStrings(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String), where, $"'{name}' must be an array of strings");
        return value.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }

    private static void KnownProperties(JsonElement element, string[] known, string where)
    {
        foreach (var property in element.EnumerateObject())
        {
            Expect(known.Contains(property.Name, StringComparer.Ordinal), where, $"unknown property '{property.Name}'; expected one of {string.Join(", ", known)}");
        }
    }

    private static void Expect(bool condition, string where, string message)
    {
        if (!condition)
        {
            throw new ToolException($"{where}: {message}");
        }
    }
}
