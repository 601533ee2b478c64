using System.Text;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Architecture;

/// <summary>
/// The engine's folders depend on each other one way only (docs/architecture.md). The test reads the engine's
/// source files, maps every declared type name to its folder, and collects the folders each file names in code
/// (comments and string literals do not count; the code in interpolation holes does).
/// </summary>
public class FolderDependencyTests
{
    /// <summary>
    /// The allowed layering, lowest first. A folder may use folders of its own layer or of a lower one, never of a
    /// higher one; within a layer the no-cycle test keeps the direction one way.
    /// </summary>
    internal static readonly string[][] Layers =
    [
        ["Diagnostics", "Internal"],
        ["Syntax"],
        ["Binding"],
        ["Compilation"],
        ["Functions"],
        ["Evaluation"],
        ["Workflows"],
        ["RuleSets"],
    ];

    // DOUYIN_ENGINE_SOURCES points the test at another checkout's engine folder (to show it failing on an older commit).
    private static readonly Lazy<SourceGraph> Engine = new(() => SourceGraph.Read(
        Environment.GetEnvironmentVariable("DOUYIN_ENGINE_SOURCES") is { Length: > 0 } other ? other : Path.Combine(Repository.Root, "src", "Douyin.Eligibility.Rules")));

    [Fact]
    public void Folders_OfTheEngine_HaveNoCycle()
    {
        var cycle = Engine.Value.FindCycle();

        var described = cycle is null ? null : Engine.Value.Describe(cycle);
        described.Should().BeNull(because: "the engine's folders must depend one way only");
    }

    [Fact]
    public void Folders_OfTheEngine_FollowTheDeclaredLayering()
    {
        var layerOf = Layers.SelectMany((folders, layer) => folders.Select(f => (f, layer))).ToDictionary(x => x.f, x => x.layer);

        // A folder missing from the layers counts as the highest for what it uses and the lowest for what uses it, so any
        // edge touching it is reported here (and the folder itself by the test below).
        var upward = Engine.Value.Edges
            .Where(e => layerOf.GetValueOrDefault(e.From, int.MaxValue) < layerOf.GetValueOrDefault(e.To, int.MaxValue) || !layerOf.ContainsKey(e.From))
            .Select(e => $"{e.From} -> {e.To} ({Engine.Value.Evidence(e.From, e.To)})");

        upward.Should().BeEmpty(because: "a folder may only use folders of its own or a lower layer: {0}", string.Join(" < ", Layers.Select(l => string.Join("|", l))));
    }

    [Fact]
    public void Layers_NameEveryFolderOfTheEngine_AndAreStatedInTheArchitectureDoc()
    {
        var declared = Layers.SelectMany(l => l).ToList();
        var doc = Repository.ReadAllText("docs", "architecture.md");

        Engine.Value.Folders.Should().BeEquivalentTo(declared);
        doc.Should().Contain(string.Join(" < ", Layers.Select(l => string.Join(", ", l))));
    }

    [Theory]
    [InlineData("var x = new Workflow(); // RuleResult", "Workflow")]
    [InlineData("var s = \"RuleResult\" + $\"{Workflow.Name} RuleResult\";", "Workflow")]
    [InlineData("/* Workflow */ var s = @\"RuleResult \"\" Workflow\";", "")]
    [InlineData("public static ObjectSchema Workflow { get; } = x.Workflow;", "ObjectSchema")]
    [InlineData("var r = Rules.Evaluation.RuleResult.Create('\"');", "RuleResult")]
    public void TypeReferences_OfSnippet_IgnoreCommentsStringsAndMemberNames(string code, string expected)
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "Workflow", "RuleResult", "ObjectSchema" };
        var namespaces = new HashSet<string>(StringComparer.Ordinal) { "Rules", "Evaluation" };

        var found = SourceGraph.TypeReferences(code, known, namespaces);

        string.Join(",", found.Order(StringComparer.Ordinal)).Should().Be(expected);
    }

    [Fact]
    public void FindCycle_OfGraphWithCycle_ReturnsIt()
    {
        var graph = new SourceGraph(
            ["A", "B", "C"],
            new Dictionary<(string, string), List<string>> { [("A", "B")] = ["a.cs: B1"], [("B", "C")] = ["b.cs: C1"], [("C", "A")] = ["c.cs: A1"] });

        var cycle = graph.FindCycle();

        cycle.Should().NotBeNull();
        graph.Describe(cycle!).Should().StartWith("A -> B -> C -> A");
    }

    /// <summary>Folders and the type references between them.</summary>
    internal sealed class SourceGraph(IReadOnlyList<string> folders, Dictionary<(string From, string To), List<string>> evidence)
    {
        private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        {
            "new", "return", "is", "as", "typeof", "nameof", "in", "out", "ref", "case", "await", "throw", "sizeof", "default",
            "static", "readonly", "public", "private", "internal", "protected", "sealed", "abstract", "override", "virtual",
            "const", "params", "this", "using", "where", "else", "yield", "var", "not", "and", "or", "when",
        };

        public IReadOnlyList<string> Folders => folders;

        public IEnumerable<(string From, string To)> Edges => evidence.Keys;

        public static SourceGraph Read(string root)
        {
            var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
                .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Code: StripCommentsAndStrings(File.ReadAllText(f))))
                .Select(f => (f.Path, Folder: f.Path.Contains('/') ? f.Path[..f.Path.IndexOf('/')] : ".", f.Code))
                .ToList();

            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            var namespaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (Match m in Regex.Matches(file.Code, @"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?(?<name>[A-Z]\w*)"))
                {
                    var name = m.Groups["name"].Value;
                    if (owners.TryGetValue(name, out var other) && other != file.Folder)
                    {
                        throw new InvalidOperationException($"Type name '{name}' is declared in two folders ({other}, {file.Folder}); the dependency test needs unique names.");
                    }

                    owners[name] = file.Folder;
                }

                foreach (Match m in Regex.Matches(file.Code, @"\b(?:namespace|using)\s+(?<ns>[\w.]+)"))
                {
                    namespaces.UnionWith(m.Groups["ns"].Value.Split('.'));
                }
            }

            namespaces.ExceptWith(owners.Keys);
            var edges = new Dictionary<(string, string), List<string>>();
            foreach (var file in files)
            {
                foreach (var type in TypeReferences(file.Code, owners.Keys.ToHashSet(StringComparer.Ordinal), namespaces))
                {
                    var to = owners[type];
                    if (to != file.Folder)
                    {
                        var key = (file.Folder, to);
                        if (!edges.TryGetValue(key, out var list))
                        {
                            edges[key] = list = [];
                        }

                        list.Add($"{file.Path}: {type}");
                    }
                }
            }

            return new SourceGraph(files.Select(f => f.Folder).Distinct().Order(StringComparer.Ordinal).ToList(), edges);
        }

        /// <summary>The declared type names <paramref name="code"/> (comments and strings already removed) refers to.</summary>
        public static HashSet<string> TypeReferences(string code, IReadOnlySet<string> types, IReadOnlySet<string> namespaces)
        {
            code = StripCommentsAndStrings(code);
            var found = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in Regex.Matches(code, @"(?<!\w)@?(?<id>[A-Za-z_]\w*)"))
            {
                var id = m.Groups["id"].Value;
                if (!types.Contains(id) || IsMemberName(code, m.Index, id.Length, namespaces))
                {
                    continue;
                }

                found.Add(id);
            }

            return found;
        }

        /// <summary>
        /// A member access (<c>x.Workflow</c>, unless <c>x</c> is a namespace) or the name a declaration introduces
        /// (<c>ObjectSchema Workflow { get; }</c>) is not a use of the type that happens to have the same name.
        /// </summary>
        private static bool IsMemberName(string code, int start, int length, IReadOnlySet<string> namespaces)
        {
            var before = start - 1;
            while (before >= 0 && char.IsWhiteSpace(code[before])) before--;
            if (before >= 0 && code[before] == '.')
            {
                var end = before - 1;
                while (end >= 0 && char.IsWhiteSpace(code[end])) end--;
                var begin = end;
                while (begin >= 0 && (char.IsLetterOrDigit(code[begin]) || code[begin] == '_')) begin--;
                var qualifier = code[(begin + 1)..(end + 1)];
                return !namespaces.Contains(qualifier);
            }

            var after = start + length;
            while (after < code.Length && char.IsWhiteSpace(code[after])) after++;
            var next = after < code.Length ? code[after] : ';';
            var introducesName = next is '{' or ';' or '=' or ',' or ')' or '(' && !(next == '=' && after + 1 < code.Length && code[after + 1] == '=');
            if (!introducesName || before < 0)
            {
                return false;
            }

            // Preceded by a type: an identifier that is not a keyword, or the end of a generic, array or nullable type.
            if (code[before] is '>' or ']' or '?')
            {
                return true;
            }

            var wordEnd = before;
            var wordStart = wordEnd;
            while (wordStart >= 0 && (char.IsLetterOrDigit(code[wordStart]) || code[wordStart] == '_')) wordStart--;
            var word = code[(wordStart + 1)..(wordEnd + 1)];
            return word.Length > 0 && !Keywords.Contains(word) && !char.IsDigit(word[0]);
        }

        public (string From, string To)[]? FindCycle()
        {
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            var path = new List<string>();
            foreach (var folder in folders)
            {
                if (Visit(folder, state, path) is { } cycle)
                {
                    return cycle;
                }
            }

            return null;
        }

        public string Describe((string From, string To)[] cycle)
            => string.Join(" -> ", cycle.Select(e => e.From).Append(cycle[^1].To))
               + ": " + string.Join("; ", cycle.Select(e => $"{e.From} -> {e.To} ({Evidence(e.From, e.To)})"));

        public string Evidence(string from, string to) => string.Join(", ", evidence[(from, to)].Take(3));

        private (string, string)[]? Visit(string folder, Dictionary<string, int> state, List<string> path)
        {
            if (state.TryGetValue(folder, out var s))
            {
                if (s == 1)
                {
                    var loop = path.Skip(path.IndexOf(folder)).Append(folder).ToList();
                    return loop.Zip(loop.Skip(1)).ToArray();
                }

                return null;
            }

            state[folder] = 1;
            path.Add(folder);
            foreach (var next in evidence.Keys.Where(e => e.From == folder).Select(e => e.To).Order(StringComparer.Ordinal))
            {
                if (Visit(next, state, path) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[folder] = 2;
            return null;
        }

        private static bool IsBuildOutput(string relative)
        {
            var first = relative.Replace('\\', '/').Split('/')[0];
            return first is "bin" or "obj";
        }

        /// <summary>Blanks comments and the text of string and character literals, keeping the code of interpolation holes.</summary>
        internal static string StripCommentsAndStrings(string code)
        {
            var output = new StringBuilder(code.Length);
            var i = 0;
            Code(code, ref i, output, stopAtBrace: false);
            return output.ToString();
        }

        private static void Code(string s, ref int i, StringBuilder output, bool stopAtBrace)
        {
            var depth = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
                {
                    while (i < s.Length && s[i] != '\n') i++;
                    continue;
                }

                if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
                {
                    var close = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = close < 0 ? s.Length : close + 2;
                    output.Append(' ');
                    continue;
                }

                if (c is '$' or '@' or '"')
                {
                    var j = i;
                    var interpolated = false;
                    var verbatim = false;
                    while (j < s.Length && s[j] is '$' or '@')
                    {
                        interpolated |= s[j] == '$';
                        verbatim |= s[j] == '@';
                        j++;
                    }

                    if (j < s.Length && s[j] == '"')
                    {
                        i = j + 1;
                        StringBody(s, ref i, output, interpolated, verbatim);
                        output.Append(' ');
                        continue;
                    }
                }

                if (c == '\'')
                {
                    var j = i + 1;
                    if (j < s.Length && s[j] == '\\') j++;
                    j++;
                    if (j < s.Length && s[j] == '\'')
                    {
                        i = j + 1;
                        output.Append(' ');
                        continue;
                    }
                }

                if (stopAtBrace)
                {
                    if (c == '{') depth++;
                    if (c == '}' && depth-- == 0)
                    {
                        i++;
                        return;
                    }
                }

                output.Append(c);
                i++;
            }
        }

        private static void StringBody(string s, ref int i, StringBuilder output, bool interpolated, bool verbatim)
        {
            while (i < s.Length)
            {
                var c = s[i];
                if (!verbatim && c == '\\')
                {
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    if (verbatim && i + 1 < s.Length && s[i + 1] == '"')
                    {
                        i += 2;
                        continue;
                    }

                    i++;
                    return;
                }

                if (interpolated && c == '{')
                {
                    if (i + 1 < s.Length && s[i + 1] == '{')
                    {
                        i += 2;
                        continue;
                    }

                    i++;
                    output.Append(' ');
                    Code(s, ref i, output, stopAtBrace: true);
                    output.Append(' ');
                    continue;
                }

                i++;
            }
        }
    }
}
