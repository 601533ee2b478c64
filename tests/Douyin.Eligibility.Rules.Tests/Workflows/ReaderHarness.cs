using Douyin.Eligibility.Rules.Workflows;
using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Tests.Workflows;

/// <summary>Runs the readers on text and returns what they found, diagnostics as printed strings.</summary>
internal static class ReaderHarness
{
    public const string FilePath = "rules.json";

    public static (IReadOnlyList<WorkflowDefinition> Workflows, List<string> Diagnostics) Read(string content)
    {
        var bag = new DiagnosticBag();
        var workflows = WorkflowFileReader.Read(FilePath, content, bag);
        return (workflows, bag.Items.Select(d => d.ToString()).ToList());
    }

    /// <summary>Reads a file expected to be clean and returns its only workflow.</summary>
    public static WorkflowDefinition ReadSingle(string content)
    {
        var (workflows, diagnostics) = Read(content);
        diagnostics.Should().BeEmpty();
        return workflows.Should().ContainSingle().Subject;
    }

    public static (JsonNode? Root, List<string> Diagnostics) Parse(string content)
    {
        var bag = new DiagnosticBag();
        var root = JsonTreeReader.Parse(new JsonSourceText(FilePath, content), bag);
        return (root, bag.Items.Select(d => d.ToString()).ToList());
    }

    /// <summary>The 1-based "(line,col)" of character <paramref name="index"/> of a string's text.</summary>
    public static string At(ExpressionText text, int index) => text.Locate(index).ToString()[FilePath.Length..];
}
