using Douyin.Eligibility.Families;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>The families a run of the tool knows (<see cref="ToolContext.Families"/>: the library's built-ins, plus any a host adds), by workflow name.</summary>
internal static class ToolFamilies
{
    /// <summary>The workflow names, for help texts and errors.</summary>
    public static string Names(ToolContext context) => string.Join(", ", context.Families.Select(f => f.WorkflowName));

    /// <summary>The family of <paramref name="workflowName"/> (any case).</summary>
    /// <exception cref="ToolException">No family has that workflow.</exception>
    public static ToolFamily Get(ToolContext context, string workflowName)
        => EligibilityFamilies.Find(workflowName, context.Families) is { } family
            ? ToolFamily.For(family)
            : throw new ToolException($"Unknown workflow '{workflowName}'. Known workflows: {Names(context)}.");
}
