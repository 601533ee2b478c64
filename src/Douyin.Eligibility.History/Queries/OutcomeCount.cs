namespace Douyin.Eligibility.History.Queries;

/// <summary>How many decisions of a day had an outcome.</summary>
/// <param name="AsOf">The day.</param>
/// <param name="Family">The workflow name.</param>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="Count">The decisions.</param>
public sealed record OutcomeCount(DateOnly AsOf, string Family, string Outcome, long Count);
