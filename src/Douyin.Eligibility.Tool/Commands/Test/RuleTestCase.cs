namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>One case of a rule test file (see docs/rule-tests.md).</summary>
internal sealed record RuleTestCase(
    string Name,
    DateOnly? AsOf,
    string SnapshotJson,
    string? Outcome,
    IReadOnlyList<string>? ReasonCodes,
    IReadOnlyList<string>? MissingFields,
    IReadOnlyList<string>? Invalid = null,
    IReadOnlyList<string>? Assumptions = null);

/// <summary>A parsed rule test file: the workflow, where its rules are, and its cases.</summary>
internal sealed record RuleTestFile(string Path, string Workflow, string? Rules, string? Version, IReadOnlyList<RuleTestCase> Cases);
