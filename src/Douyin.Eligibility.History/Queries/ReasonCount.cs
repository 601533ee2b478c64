namespace Douyin.Eligibility.History.Queries;

/// <summary>How many decisions of a day had a reason (a check that did not pass).</summary>
/// <param name="AsOf">The day.</param>
/// <param name="Family">The workflow name.</param>
/// <param name="Code">The reason code (or rule name).</param>
/// <param name="Count">The decisions.</param>
public sealed record ReasonCount(DateOnly AsOf, string Family, string Code, long Count);
