namespace Douyin.Eligibility.Tool.Commands.Test;

/// <summary>
/// The codes of the problems <c>test</c> finds in a <c>*.tests.json</c> file (docs/rule-tests.md). They print as
/// <c>file(line,col): error CODE: message</c>, and the whole file fails.
/// </summary>
internal static class RuleTestDiagnosticCodes
{
    /// <summary>The test file cannot be read.</summary>
    public const string CannotRead = "DE8001";

    /// <summary>The test file is not valid JSON.</summary>
    public const string InvalidJson = "DE8002";

    /// <summary>A property is missing, unknown, named twice or of the wrong kind.</summary>
    public const string Malformed = "DE8003";

    /// <summary>A case names a base the file does not have, or patches a base when the file has none.</summary>
    public const string UnknownBase = "DE8004";

    /// <summary>A patch path is not a path, names a field or element the base does not have, or adds one it has.</summary>
    public const string BadPatch = "DE8005";
}
