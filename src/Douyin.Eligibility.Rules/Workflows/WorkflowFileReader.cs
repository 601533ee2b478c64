using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>
/// Turns the text of one rule file into <see cref="WorkflowDefinition"/>s. Never throws for bad input:
/// every problem becomes a <see cref="Diagnostic"/> with its exact position, all of them, in file order.
/// </summary>
internal static class WorkflowFileReader
{
    /// <summary>
    /// Reads a file whose root is one workflow object or an array of them. Invalid JSON gives a single
    /// <c>DE1001</c> and no workflows; otherwise every workflow that has a usable name is returned, even
    /// when other errors were reported (callers check <see cref="DiagnosticBag.HasErrors"/>).
    /// </summary>
    public static IReadOnlyList<WorkflowDefinition> Read(string path, string content, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var source = new JsonSourceText(path, content);
        var found = new DiagnosticBag();
        var root = JsonTreeReader.Parse(source, found);
        var workflows = root is null ? [] : new WorkflowObjectReader(source, found).ReadRoot(root);

        // Checks run by area, not in file order; sorting makes the report read top to bottom.
        if (found.Items.Count == 0)
        {
            return workflows;
        }

        diagnostics.AddRange(found.Items
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(entry => entry.diagnostic.Location.Line)
            .ThenBy(entry => entry.diagnostic.Location.Column)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.diagnostic));
        return workflows;
    }
}
