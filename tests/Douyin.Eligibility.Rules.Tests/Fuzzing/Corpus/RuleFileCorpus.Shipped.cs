using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>Cases made from the shipped rule files: truncated, mutated as text, mutated as a JSON tree, or loaded as a set.</summary>
public sealed partial class RuleFileCorpus
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    /// <summary>Pieces the text mutations insert: structure, escapes, operators, names the rules use, odd numbers.</summary>
    private static readonly string[] Splices =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\\", "\\\"", "\\u0000", "\\ud800", "\\u", "'", "(", ")", ".", "=>", "&&", "||", "!", "?", "??", ":",
        "==", "!=", "<", ">=", "+", "-", "*", "/", "%", "$(", "$(merchant.Id)", "null", "true", "false", "0", "-1", "1e400", "0.00000000000000000000000000001",
        "99999999999999999999999999999999", "2147483648", "9223372036854775808", "merchant.", "merchant.Products.Any(p => ", "p.", "AsOf", "Date(\"2024-02-30\")",
        "\"RuleName\": \"R\"", "\"Rules\": []", "\"Operator\": \"Or\"", "\"Enabled\": false", "\"Expression\": \"true\"", "\"WorkflowsToInject\": [\"AllianceAdmission\"]",
        "\"GlobalParams\": [{\"Name\": \"X\", \"Expression\": \"X\"}]", "\"LocalParams\": []", "\"Properties\": {\"a\": [[[[1]]]]}", "\n", "\r", "\t", "\u00a0", "\u200b", "\ufeff",
        "\u202e", "测试", "😀", "İ", "\u0301",
    ];

    private static readonly Regex ExpressionKey = new("\"(Expression|ErrorMessage)\"\\s*:\\s*\"", RegexOptions.Compiled);

    private const string Punctuation = "{}[]\":,\\ .()!&|=<>?'$";

    private static readonly int[] InterestingNumbers = [0, -1, 1, 2, 28, 29, 63, 64, 65, 127, 128, 255, 256, 65535, int.MaxValue, int.MinValue];

    private static (string Path, string Text) ShippedFile(Random random) => Pick(random, ShippedRuleFiles.All);

    private static string TruncatedShipped(Random random, StringBuilder note)
    {
        var (path, text) = ShippedFile(random);
        var cut = random.Next(text.Length + 1);
        note.Append($"{path} cut at {cut} of {text.Length}");
        var truncated = text[..cut];
        if (random.Next(3) == 0)
        {
            // Close what is open, roughly, so the reader gets further than the first unexpected end.
            truncated += random.Next(2) == 0 ? "\"}]}]}" : "]}";
            note.Append(", closed");
        }

        return truncated;
    }

    private static string MutatedShipped(Random random, StringBuilder note)
    {
        var (path, text) = ShippedFile(random);
        note.Append(path);

        // All but one in 64 keep one or two rules: a mutant that still loads compiles each rule twice (verdict and
        // explanation), and a whole file costs as much as a hundred trimmed ones.
        if (random.Next(64) != 0 && Trimmed(text, random, note) is { } trimmed)
        {
            text = trimmed;
        }

        return MutateText(text, random, note);
    }

    /// <summary>Character-level mutations, 1 + geometric many.</summary>
    internal static string MutateText(string text, Random random, StringBuilder note)
    {
        var builder = new StringBuilder(text);
        var count = Geometric(random, 16);
        note.Append($", {count} text mutation(s):");
        for (var i = 0; i < count; i++)
        {
            // Three in four land in an expression (or message): descriptions and sources are free text no reader looks into.
            var at = random.Next(4) != 0 && ExpressionSpan(builder, random) is { } target ? target.Start + random.Next(target.Length + 1) : random.Next(builder.Length + 1);
            switch (random.Next(8))
            {
                case 0 when builder.Length > 0:
                    var pos = Math.Min(at, builder.Length - 1);
                    builder[pos] = (char)(builder[pos] ^ (1 << random.Next(7)));
                    note.Append($" flip@{pos}");
                    break;
                case 1:
                    var splice = Pick(random, Splices);
                    builder.Insert(at, splice);
                    note.Append($" insert@{at}");
                    break;
                case 2 when builder.Length > 0:
                    var length = Math.Min(builder.Length - Math.Min(at, builder.Length - 1), Geometric(random, 64));
                    builder.Remove(Math.Min(at, builder.Length - 1), length);
                    note.Append($" delete@{at}+{length}");
                    break;
                case 3 when builder.Length > 0:
                    var from = random.Next(builder.Length);
                    var span = builder.ToString(from, Math.Min(builder.Length - from, random.Next(1, 200)));
                    builder.Insert(at, span);
                    note.Append($" duplicate@{from}->{at}");
                    break;
                case 4:
                    builder.Insert(at, (char)random.Next(0, 0x10000));
                    note.Append($" char@{at}");
                    break;
                case 5:
                    ReplaceNumber(builder, random, note);
                    break;
                case 6:
                    ReplaceQuoted(builder, random, note);
                    break;
                default:
                    if (builder.Length > 0)
                    {
                        var p = Math.Min(at, builder.Length - 1);
                        builder[p] = Punctuation[random.Next(Punctuation.Length)];
                        note.Append($" punct@{p}");
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The value of a random <c>"Expression"</c> or <c>"ErrorMessage"</c> property in the text, or null.</summary>
    private static (int Start, int Length)? ExpressionSpan(StringBuilder builder, Random random)
    {
        var text = builder.ToString();
        var starts = ExpressionKey.Matches(text).Take(500).Select(m => m.Index + m.Length).ToList();
        if (starts.Count == 0)
        {
            return null;
        }

        var start = Pick(random, starts);
        var end = start;
        while (end < text.Length && text[end] != '"')
        {
            end += text[end] == '\\' ? 2 : 1;
        }

        return (start, Math.Min(end, text.Length) - start);
    }

    /// <summary>Replaces the digits at some number in the text with an interesting number.</summary>
    private static void ReplaceNumber(StringBuilder builder, Random random, StringBuilder note)
    {
        var text = builder.ToString();
        var start = random.Next(text.Length + 1);
        var digit = text.IndexOfAny("0123456789".ToCharArray(), Math.Min(start, text.Length));
        if (digit < 0)
        {
            return;
        }

        var end = digit;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        var replacement = random.Next(3) switch
        {
            0 => Pick(random, InterestingNumbers).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => new string('9', random.Next(1, 60)),
            _ => "0." + new string('0', random.Next(20, 40)) + "1",
        };
        builder.Remove(digit, end - digit).Insert(digit, replacement);
        note.Append($" number@{digit}");
    }

    /// <summary>Replaces the content of one quoted string with the content of another from the same text.</summary>
    private static void ReplaceQuoted(StringBuilder builder, Random random, StringBuilder note)
    {
        var text = builder.ToString();
        var spans = QuotedSpans(text);
        if (spans.Count < 2)
        {
            return;
        }

        var target = Pick(random, spans);
        var source = Pick(random, spans);
        builder.Remove(target.Start, target.Length).Insert(target.Start, text.Substring(source.Start, source.Length));
        note.Append($" splice@{target.Start}");
    }

    private static List<(int Start, int Length)> QuotedSpans(string text)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < text.Length && spans.Count < 2000; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && text[j] != '"')
            {
                j += text[j] == '\\' ? 2 : 1;
            }

            if (j >= text.Length)
            {
                break;
            }

            spans.Add((i + 1, j - i - 1));
            i = j;
        }

        return spans;
    }

    /// <summary>The file with only a few of its top-level rules (so a mutation that still loads compiles little), or null.</summary>
    private static string? Trimmed(string text, Random random, StringBuilder note, int most = 2)
    {
        if (JsonNode.Parse(text) is not JsonObject workflow || workflow["Rules"] is not JsonArray rules || rules.Count <= most)
        {
            return null;
        }

        var keep = random.Next(1, most + 1);
        var first = random.Next(rules.Count - keep + 1);
        var kept = new JsonArray(rules.Skip(first).Take(keep).Select(r => r!.DeepClone()).ToArray());
        workflow["Rules"] = kept;
        note.Append($" (rules {first}..{first + keep - 1} of {rules.Count})");
        return workflow.ToJsonString(Compact);
    }

    private static string StructuredShipped(Random random, StringBuilder note)
    {
        var (path, text) = ShippedFile(random);
        note.Append(path);
        if (random.Next(64) != 0 && Trimmed(text, random, note) is { } trimmed)
        {
            text = trimmed;
        }

        return MutateTree(text, random, note);
    }

    /// <summary>Tree mutations: 1 + geometric many, each on a random node of the parsed file.</summary>
    internal static string MutateTree(string text, Random random, StringBuilder note)
    {
        var root = JsonNode.Parse(text)!;
        var count = Geometric(random, 6);
        note.Append($", {count} tree mutation(s):");
        for (var i = 0; i < count; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var node = Pick(random, nodes);
            var parent = node.Parent;
            switch (random.Next(9))
            {
                case 0 or 1:
                    // Rewrite an expression (or any string) with a generated or token-mutated one.
                    var strings = nodes.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String && n.Parent is JsonObject && n.GetPropertyName() is "Expression" or "ErrorMessage").ToList();
                    if (strings.Count > 0)
                    {
                        var target = Pick(random, strings);
                        var old = target.GetValue<string>();
                        var replacement = random.Next(3) switch
                        {
                            0 => new ExpressionGrammar(random).Condition(random.Next(1, 5)),
                            1 => ExpressionGrammar.MutateTokens(old, random),
                            _ => string.Join(" ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => ExpressionGrammar.Token(random))),
                        };
                        if (target.GetPropertyName() == "ErrorMessage")
                        {
                            replacement = $"x $({replacement}) y";
                        }

                        Replace(target, JsonValue.Create(replacement));
                        note.Append($" expr@{target.GetPath()}");
                    }

                    break;
                case 2 when parent is JsonObject obj:
                    obj.Remove(node.GetPropertyName());
                    note.Append($" remove {node.GetPath()}");
                    break;
                case 3 when parent is JsonArray array:
                    array.Remove(node);
                    note.Append($" remove {node.GetPath()}");
                    break;
                case 4 when parent is JsonArray array:
                    array.Insert(random.Next(array.Count + 1), node.DeepClone());
                    note.Append($" duplicate {node.GetPath()}");
                    break;
                case 5 when parent is not null:
                    note.Append($" retype {node.GetPath()}");
                    Replace(node, random.Next(7) switch
                    {
                        0 => null,
                        1 => JsonValue.Create(random.Next(2) == 0),
                        2 => JsonValue.Create(Pick(random, InterestingNumbers)),
                        3 => new JsonArray(),
                        4 => new JsonObject(),
                        5 => JsonValue.Create(Pick(random, Splices)),
                        _ => JsonValue.Create(new string('x', random.Next(0, 3))),
                    });
                    break;
                case 6 when node is JsonObject obj:
                    // A key every rule file knows, with a plausible or odd value.
                    var key = Pick(random, ExpressionGrammar.RuleFileKeys);
                    obj[key] = random.Next(3) switch
                    {
                        0 => JsonValue.Create(ExpressionGrammar.Token(random)),
                        1 => new JsonArray(JsonValue.Create("AllianceAdmission"), JsonValue.Create("W")),
                        _ => JsonValue.Create(new ExpressionGrammar(random).Condition(2)),
                    };
                    note.Append($" set {node.GetPath()}.{key}");
                    break;
                case 7 when node is JsonObject { Parent: JsonArray siblings } obj && obj["RuleName"] is not null:
                    // A nested-rules wrapper around a rule, or a sibling with the same name.
                    var copy = obj.DeepClone();
                    if (random.Next(2) == 0)
                    {
                        Replace(obj, new JsonObject { ["RuleName"] = "Wrap", ["Operator"] = random.Next(2) == 0 ? "And" : "Or", ["Rules"] = new JsonArray(copy) });
                    }
                    else
                    {
                        siblings.Add(copy);
                    }

                    note.Append($" nest {obj.GetPath()}");
                    break;
                default:
                    if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String && parent is not null)
                    {
                        Replace(node, JsonValue.Create(MutateText(value.GetValue<string>(), random, new StringBuilder())));
                        note.Append($" text {node.GetPath()}");
                    }

                    break;
            }
        }

        return root.ToJsonString(Compact);
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj[node.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[array.IndexOf(node)] = replacement;
                break;
        }
    }

    private static IReadOnlyList<(string Path, string Text)> MutatedShippedSet(Random random, StringBuilder note)
    {
        // Two to four files, each cut to one or two rules: versions across files and injection, at a bounded compile cost.
        var all = ShippedRuleFiles.All;
        var chosen = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Pick(random, all)).DistinctBy(f => f.Path).ToList();
        for (var i = 0; i < chosen.Count; i++)
        {
            chosen[i] = (chosen[i].Path, Trimmed(chosen[i].Text, random, new StringBuilder(), most: 2) ?? chosen[i].Text);
        }

        var victim = random.Next(chosen.Count);
        note.Append($"{chosen.Count} shipped files, mutating {chosen[victim].Path}");
        var text = random.Next(2) == 0 ? MutateText(chosen[victim].Text, random, note) : MutateTree(chosen[victim].Text, random, note);
        chosen[victim] = (chosen[victim].Path, text);
        if (random.Next(3) == 0)
        {
            // A workflow of its own that injects shipped ones (versioned ones cannot be injected: diagnostics).
            var targets = new[] { "AllianceAdmission", "AllianceClearance", "AllianceProductClearance", "BrandProviderRenewal", "StoreOperationAdmission", "StoreOperationPenalty" };
            chosen.Add(("extra/inject.json", Workflow("Injector", [], [Rule("R", "true")], targets.Where(_ => random.Next(2) == 0))));
            note.Append(", plus an injecting workflow");
        }

        return chosen.Select(f => ("rules/" + f.Path, f.Text)).ToList();
    }
}
