namespace Douyin.Eligibility.Rules;

/// <summary>
/// A point in a rule file. <see cref="Line"/> and <see cref="Column"/> are 0-based (as stored);
/// <see cref="ToString"/> prints them 1-based, as editors and compilers do.
/// </summary>
/// <param name="Path">The file path, or a label such as <c>embedded:alliance/admission.json</c>.</param>
/// <param name="Line">0-based line.</param>
/// <param name="Column">0-based column, counted in UTF-16 characters.</param>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}({Line + 1},{Column + 1})";
}
