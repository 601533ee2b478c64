using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>
/// Reads <c>*.tests.json</c> files (docs/rule-tests.md): a case gives a whole snapshot, or changes a base of the file.
/// A malformed file is a <see cref="ToolException"/> that reads <c>file(line,col): error DE80xx: message</c>.
/// </summary>
internal static class RuleTestFileReader
{
    private const string MustBeObject = "RuleTest_MustBeObject";
    private const string NotStrings = "RuleTest_NotStrings";
    internal static readonly string[] FileProperties = ["$schema", "workflow", "rules", "version", "description", "base", "bases", "cases"];
    internal static readonly string[] CaseProperties = ["name", "description", "asOf", "snapshot", "base", "unset", "set", "add", "outcome", "invalid", "reasonCodes", "missingFields", "assumptions"];
    private static readonly string[] PatchProperties = ["base", "unset", "set", "add"];
    private static readonly string[] DecisionProperties = ["outcome", "reasonCodes", "missingFields", "assumptions"];
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en");
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RuleTestFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"{path}: error {RuleTestDiagnosticCodes.CannotRead}: {ToolText.Get(Culture, "RuleTest_CannotRead", e.Message)}");
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            throw new ToolException($"{path}({e.LineNumber + 1},{e.BytePositionInLine + 1}): error {RuleTestDiagnosticCodes.InvalidJson}: {ToolText.Get(Culture, "RuleTest_InvalidJson", e.Message)}");
        }

        using (document)
        {
            var positions = JsonPositions.Scan(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return new Reader(path, positions).File(document.RootElement);
        }
    }

    private sealed class Reader(string path, JsonPositions positions)
    {
        private JsonObject? _base;
        private readonly Dictionary<string, JsonObject> _bases = new(StringComparer.Ordinal);

        public RuleTestFile File(JsonElement root)
        {
            if (positions.Duplicate is { } duplicate)
            {
                Fail(duplicate, RuleTestDiagnosticCodes.Malformed, string.Empty, "RuleTest_Duplicate", Name(duplicate));
            }

            Expect(root.ValueKind == JsonValueKind.Object, string.Empty, RuleTestDiagnosticCodes.Malformed, string.Empty, "RuleTest_FileNotObject");
            KnownProperties(root, FileProperties, string.Empty, string.Empty);
            var rules = OptionalString(root, "rules", string.Empty, string.Empty);
            var directory = System.IO.Path.GetDirectoryName(path);
            var rulesPath = rules is null || System.IO.Path.IsPathRooted(rules) || string.IsNullOrEmpty(directory) ? rules : System.IO.Path.Combine(directory, rules);
            ReadBases(root);
            Expect(root.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Array, "/cases", RuleTestDiagnosticCodes.Malformed, string.Empty, "RuleTest_CasesNotArray");
            return new RuleTestFile(
                path,
                RequiredString(root, "workflow", string.Empty, string.Empty),
                rulesPath,
                OptionalString(root, "version", string.Empty, string.Empty),
                cases.EnumerateArray().Select(ReadCase).ToArray());
        }

        private void ReadBases(JsonElement root)
        {
            if (root.TryGetProperty("base", out var single))
            {
                Expect(single.ValueKind == JsonValueKind.Object, "/base", RuleTestDiagnosticCodes.Malformed, string.Empty, MustBeObject, "base");
                _base = Node(single)!.AsObject();
            }

            if (root.TryGetProperty("bases", out var named))
            {
                Expect(named.ValueKind == JsonValueKind.Object, "/bases", RuleTestDiagnosticCodes.Malformed, string.Empty, MustBeObject, "bases");
                foreach (var property in named.EnumerateObject())
                {
                    var pointer = JsonPositions.Child("/bases", property.Name);
                    Expect(property.Value.ValueKind == JsonValueKind.Object, pointer, RuleTestDiagnosticCodes.Malformed, string.Empty, MustBeObject, "bases." + property.Name);
                    _bases[property.Name] = Node(property.Value)!.AsObject();
                }
            }
        }

        private RuleTestCase ReadCase(JsonElement element, int index)
        {
            var pointer = JsonPositions.Child("/cases", index);
            var where = $"cases[{index.ToString(CultureInfo.InvariantCulture)}]: ";
            Expect(element.ValueKind == JsonValueKind.Object, pointer, RuleTestDiagnosticCodes.Malformed, where, "RuleTest_CaseNotObject");
            KnownProperties(element, CaseProperties, pointer, where);
            var name = RequiredString(element, "name", pointer, where);
            var asOf = OptionalString(element, "asOf", pointer, where);
            DateOnly? date = null;
            if (asOf is not null)
            {
                Expect(DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d), pointer + "/asOf", RuleTestDiagnosticCodes.Malformed, where, "RuleTest_BadDate", asOf);
                date = d;
            }

            var snapshot = element.TryGetProperty("snapshot", out var whole) ? WholeSnapshot(element, whole, pointer, where) : Patched(element, pointer, where);
            var invalid = Invalid(element, pointer, where);
            var outcome = OptionalString(element, "outcome", pointer, where);
            Expect(outcome is not null || invalid is not null, pointer, RuleTestDiagnosticCodes.Malformed, where, "RuleTest_NoExpectation");
            return new RuleTestCase(
                name,
                date,
                snapshot,
                outcome,
                OptionalStrings(element, "reasonCodes", pointer, where),
                OptionalStrings(element, "missingFields", pointer, where),
                invalid,
                OptionalStrings(element, "assumptions", pointer, where));
        }

        /// <summary>An <c>invalid</c> expectation: the validation codes of a result with no decision, so none of the decision's properties.</summary>
        private string[]? Invalid(JsonElement element, string pointer, string where)
        {
            var codes = OptionalStrings(element, "invalid", pointer, where);
            if (codes is null)
            {
                return null;
            }

            var at = JsonPositions.Child(pointer, "invalid");
            Expect(codes.Length > 0, at, RuleTestDiagnosticCodes.Malformed, where, "RuleTest_InvalidEmpty");
            for (var i = 0; i < codes.Length; i++)
            {
                Expect(IsValidationCode(codes[i]), JsonPositions.Child(at, i), RuleTestDiagnosticCodes.Malformed, where, "RuleTest_InvalidCode", codes[i]);
            }

            foreach (var property in DecisionProperties)
            {
                Expect(!element.TryGetProperty(property, out _), JsonPositions.Child(pointer, property), RuleTestDiagnosticCodes.Malformed, where, "RuleTest_InvalidAndDecision", property);
            }

            return codes;
        }

        private string WholeSnapshot(JsonElement element, JsonElement snapshot, string pointer, string where)
        {
            Expect(snapshot.ValueKind == JsonValueKind.Object, pointer + "/snapshot", RuleTestDiagnosticCodes.Malformed, where, MustBeObject, "snapshot");
            foreach (var property in PatchProperties)
            {
                Expect(!element.TryGetProperty(property, out _), JsonPositions.Child(pointer, property), RuleTestDiagnosticCodes.Malformed, where, "RuleTest_SnapshotAndPatch", property);
            }

            return snapshot.GetRawText();
        }

        private string Patched(JsonElement element, string pointer, string where)
        {
            var baseName = OptionalString(element, "base", pointer, where);
            JsonObject? start;
            if (baseName is null)
            {
                start = _base;
                Expect(start is not null, pointer, RuleTestDiagnosticCodes.UnknownBase, where, "RuleTest_NoBase");
            }
            else
            {
                Expect(_bases.TryGetValue(baseName, out start), pointer + "/base", RuleTestDiagnosticCodes.UnknownBase, where, "RuleTest_UnknownBase", baseName, _bases.Count == 0 ? "(none)" : string.Join(", ", _bases.Keys));
            }

            var snapshot = start!.DeepClone().AsObject();
            var named = new HashSet<string>(StringComparer.Ordinal);
            if (element.TryGetProperty("unset", out var unset))
            {
                Expect(unset.ValueKind == JsonValueKind.Array && unset.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String), pointer + "/unset", RuleTestDiagnosticCodes.Malformed, where, NotStrings, "unset");
                var i = 0;
                foreach (var item in unset.EnumerateArray())
                {
                    Change(snapshot, SnapshotPatch.Kind.Unset, item.GetString()!, null, JsonPositions.Child(pointer + "/unset", i++), where, named);
                }
            }

            foreach (var (property, kind) in new[] { ("set", SnapshotPatch.Kind.Set), ("add", SnapshotPatch.Kind.Add) })
            {
                if (!element.TryGetProperty(property, out var changes))
                {
                    continue;
                }

                Expect(changes.ValueKind == JsonValueKind.Object, JsonPositions.Child(pointer, property), RuleTestDiagnosticCodes.Malformed, where, MustBeObject, property);
                foreach (var change in changes.EnumerateObject())
                {
                    var at = JsonPositions.Child(JsonPositions.Child(pointer, property), change.Name);
                    Change(snapshot, kind, change.Name, Node(change.Value), at, where, named);
                }
            }

            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                snapshot.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private void Change(JsonObject snapshot, SnapshotPatch.Kind kind, string text, JsonNode? value, string at, string where, HashSet<string> named)
        {
            var path = SnapshotPath.TryParse(text);
            Expect(path is not null, at, RuleTestDiagnosticCodes.BadPatch, where, "RuleTest_BadPath", text);
            Expect(named.Add(text), at, RuleTestDiagnosticCodes.BadPatch, where, "RuleTest_PathTwice", text);
            if (SnapshotPatch.Apply(snapshot, path!, kind, value) is { } problem)
            {
                Fail(at, RuleTestDiagnosticCodes.BadPatch, where, problem.Key, problem.Args);
            }
        }

        // SV and three digits, as ValidationCodes writes them (SV015).
        private static bool IsValidationCode(string code) => code.Length == 5 && code.StartsWith("SV", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);

        private static JsonNode? Node(JsonElement element) => JsonNode.Parse(element.GetRawText(), documentOptions: Options);

        private string RequiredString(JsonElement element, string name, string pointer, string where)
        {
            var value = OptionalString(element, name, pointer, where);
            Expect(value is not null, pointer, RuleTestDiagnosticCodes.Malformed, where, "RuleTest_Required", name);
            return value!;
        }

        private string? OptionalString(JsonElement element, string name, string pointer, string where)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            Expect(value.ValueKind == JsonValueKind.String, JsonPositions.Child(pointer, name), RuleTestDiagnosticCodes.Malformed, where, "RuleTest_NotString", name);
            return value.GetString();
        }

        private string[]? OptionalStrings(JsonElement element, string name, string pointer, string where)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            Expect(value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String), JsonPositions.Child(pointer, name), RuleTestDiagnosticCodes.Malformed, where, NotStrings, name);
            return value.EnumerateArray().Select(v => v.GetString()!).ToArray();
        }

        private void KnownProperties(JsonElement element, string[] known, string pointer, string where)
        {
            foreach (var property in element.EnumerateObject())
            {
                Expect(known.Contains(property.Name, StringComparer.Ordinal), JsonPositions.Child(pointer, property.Name), RuleTestDiagnosticCodes.Malformed, where, "RuleTest_UnknownProperty", property.Name, string.Join(", ", known));
            }
        }

        private void Expect(bool condition, string pointer, string code, string where, string key, params object?[] args)
        {
            if (!condition)
            {
                Fail(pointer, code, where, key, args);
            }
        }

        private void Fail(string pointer, string code, string where, string key, params object?[] args)
            => throw new ToolException($"{path}{positions.Locate(pointer)}: error {code}: {where}{ToolText.Get(Culture, key, args)}");

        private static string Name(string pointer) => pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }
}
