namespace Douyin.Eligibility.Json;

/// <summary>Why one item of a JSON document, JSON Lines stream or JSON array could not be read.</summary>
/// <param name="Line">1-based line in the input where the problem is (for JSON Lines: the item's line).</param>
/// <param name="Index">0-based position of the item among the items read (blank JSON Lines lines are not items).</param>
/// <param name="Field">
/// JSON path of the offending field inside the item, such as <c>products[2].qualityReturnRate</c>;
/// empty when the problem is the item as a whole (or the input's structure).
/// </param>
/// <param name="Message">What is wrong, in English.</param>
public sealed record SnapshotReadError(long Line, int Index, string Field, string Message)
{
    /// <summary>
    /// What is wrong, in Chinese, for the problems the readers find themselves (an item over
    /// <see cref="SnapshotReadOptions.MaxItemBytes"/>); null for System.Text.Json's messages, which exist only in English.
    /// </summary>
    public string? MessageZh { get; init; }

    /// <inheritdoc />
    public override string ToString()
        => Field.Length == 0 ? $"line {Line}: {Message}" : $"line {Line}, {Field}: {Message}";
}
