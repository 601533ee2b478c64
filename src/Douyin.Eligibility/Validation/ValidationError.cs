namespace Douyin.Eligibility.Validation;

/// <summary>One problem found in a snapshot's values.</summary>
/// <param name="Field">JSON path of the offending field, such as <c>products[2].qualityReturnRate</c>; empty for the snapshot as a whole.</param>
/// <param name="Code">A stable code from <see cref="ValidationCodes"/>, such as <c>SV005</c>.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="MessageZh">What is wrong, in Chinese.</param>
public sealed record ValidationError(string Field, string Code, string Message, string MessageZh)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} {Field}: {Message}";
}
