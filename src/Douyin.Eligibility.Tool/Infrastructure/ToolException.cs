namespace Douyin.Eligibility.Tool;

/// <summary>A problem the user can fix (missing file, unknown workflow, rule errors); printed without a stack trace, exit code 1.</summary>
internal sealed class ToolException(string message) : Exception(message);
