namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>One subject cannot be evaluated (e.g. no version of the workflow is in force on its date); the line is reported and skipped.</summary>
internal sealed class SubjectException(string message) : Exception(message);
