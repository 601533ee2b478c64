using System.Text.Json;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>
/// Thresholds in the docs (issue 11): every constant param of every rule file, inherited ones included, is in the
/// <b>Parameters</b> table of its file's section in docs/rules/, with its value and its source line (a quoted seed
/// sentence naming the seed file, an [other] public source) or marked **assumption** exactly when the file says so.
/// </summary>
public partial class RuleFileConventionTests
{
    private static readonly Lazy<Dictionary<string, string>> RulePages = new(() => Directory
        .EnumerateFiles(Repo.PathOf("docs", "rules"), "*.md")
        .ToDictionary(path => Path.GetFileName(path), File.ReadAllText));

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in ShippedRules.WorkflowFilePaths().Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(ShippedRules.RulesDirectory, path).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Thresholds_EveryConstantParam_IsInItsDocsPageWithValueAndSource(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedRules.RulesDirectory, file)));
        var workflow = ShippedRules.Set.GetWorkflowVersion(doc.RootElement.GetProperty("WorkflowName").GetString()!, doc.RootElement.GetProperty("Version").GetString()!);
        var assumed = workflow.Properties["Assumptions"].EnumerateObject().Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        var rows = ParameterRows(file);

        rows.Keys.Should().BeEquivalentTo(workflow.Parameters.Keys, $"docs/rules lists every constant param of {file}, inherited ones included");
        foreach (var (name, (value, source)) in rows)
        {
            value.Should().Be(WrittenExpression(workflow, name), $"{file}: {name}'s value in the docs is the file's");
            if (assumed.Contains(name))
            {
                source.Should().StartWith("**assumption**:", $"{file}: {name} is in Properties.Assumptions");
            }
            else
            {
                (SeedLine().IsMatch(source) || source.Contains("[other] ", StringComparison.Ordinal))
                    .Should().BeTrue($"{file}: {name} quotes its seed sentence and names the seed file, or names its [other] source, not '{source}'");
            }
        }
    }

    [Fact]
    public void Scorecard_BandDescriptions_RestateNoThresholdOrPoints()
    {
        // A band's threshold is its GlobalParam and its points are Properties.Points: its Description names the param, not
        // the numbers (only the tier's own number, "第1档" / "tier 1", and names such as ContentCreativityTier1Min), so each number is written once.
        var bands = ShippedRules.Set.Workflows.SelectMany(w => AllRules(w.Rules)).Where(r => r.Properties.ContainsKey("Points")).ToList();
        bands.Should().NotBeEmpty();
        foreach (var band in bands)
        {
            var withoutTier = TierNumberOrName().Replace(band.Description!, string.Empty);
            withoutTier.Should().NotMatchRegex("[0-9]", $"{band.Name}: the Description restates no number ('{band.Description}')");
        }
    }

    /// <summary>The rows of the Parameters table in the section of docs/rules that starts with "- **File**: `rules/{file}`".</summary>
    private static Dictionary<string, (string Value, string Source)> ParameterRows(string file)
    {
        var marker = $"- **File**: `rules/{file}`";
        var pages = RulePages.Value.Where(p => p.Value.Contains(marker, StringComparison.Ordinal)).ToList();
        pages.Should().ContainSingle($"one page of docs/rules has the section of {file}");
        var text = pages[0].Value;
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        var next = Regex.Match(text[(start + marker.Length)..], @"\n(- \*\*File\*\*: |### )");
        var section = next.Success ? text.Substring(start, marker.Length + next.Index) : text[start..];
        var table = section.IndexOf("**Parameters**", StringComparison.Ordinal);
        table.Should().BeGreaterThan(0, $"the section of {file} in {pages[0].Key} has a Parameters table");
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (Match row in ParameterRow().Matches(section[table..].Split("\n\n", 3)[1]))
        {
            rows.Add(row.Groups["name"].Value, (row.Groups["value"].Value, row.Groups["source"].Value.Trim()));
        }

        return rows;
    }

    /// <summary>The expression that defines <paramref name="name"/>: in the version's own file, else in the version it is based on.</summary>
    private static string WrittenExpression(Workflow workflow, string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(workflow.FilePath));
        if (doc.RootElement.TryGetProperty("GlobalParams", out var list)
            && list.EnumerateArray().FirstOrDefault(p => p.GetProperty("Name").GetString() == name) is { ValueKind: JsonValueKind.Object } param)
        {
            return param.GetProperty("Expression").GetString()!;
        }

        workflow.BasedOn.Should().NotBeNull($"{workflow} has {name} from a base");
        return WrittenExpression(ShippedRules.Set.GetWorkflowVersion(workflow.Name, workflow.BasedOn!), name);
    }

    [GeneratedRegex(@"第[0-9]档|tier [0-9]\b|[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex TierNumberOrName();

    [GeneratedRegex(@"^\| `(?<name>[A-Za-z0-9_]+)` \| `(?<value>[^`]+)` \|(?<source>.*)\|$", RegexOptions.Multiline)]
    private static partial Regex ParameterRow();

    // seed 002 (`002_05adc3bde3d14238.txt`): “… a sentence with Chinese text …”
    [GeneratedRegex(@"seed (?<n>00[0-2]) \(`\k<n>_[0-9a-f]{16}\.txt`\): “[^”]*\p{IsCJKUnifiedIdeographs}[^”]*”")]
    private static partial Regex SeedLine();
}
