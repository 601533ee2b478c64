namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>
/// One subject cannot be decided (the typed API found it invalid, e.g. no rule version in force on its date, or an
/// experience-score scale the rules are not written for); the line is reported like an invalid line and skipped.
/// </summary>
internal sealed class SubjectException(string field, string message, IReadOnlyList<string>? codes = null) : Exception(message)
{
    public string Field { get; } = field;

    /// <summary>The validation codes (<c>SVnnn</c>) of the typed API's invalid result.</summary>
    public IReadOnlyList<string> Codes { get; } = codes ?? [];
}
