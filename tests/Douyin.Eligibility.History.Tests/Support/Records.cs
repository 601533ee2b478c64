using Douyin.Eligibility.History.Records;

namespace Douyin.Eligibility.History.Tests.Support;

/// <summary>Decision records for tests: a clearance family with an experience-score condition.</summary>
internal static class Records
{
    public const string Family = "AllianceClearance";

    public static readonly DateOnly Day1 = new(2026, 11, 20);

    public static RunDescriptor Run(DateOnly day) => new(Family, day, "hash-1");

    /// <summary>A store whose experience score is <paramref name="score"/> against "at least 3.5": retained from 3.5 up, cleared below.</summary>
    public static DecisionRecord Store(string id, DateOnly day, decimal score, string? snapshot = null)
    {
        var passed = score >= 3.5m;
        var condition = new ConditionRecord(
            "ExperienceScore",
            "CLEARANCE_EXPERIENCE_SCORE_LOW",
            passed ? "Passed" : "Failed",
            "merchant.ExperienceScore",
            ">=",
            score,
            3.5m,
            passed ? null : 3.5m,
            passed ? null : 3.5m - score);
        return new DecisionRecord(Family, id, day, passed ? "Retain" : "Clear", passed, "2024-07-25", "hash-1", [condition], snapshot);
    }

    /// <summary><paramref name="count"/> passing stores S0000…, for volume.</summary>
    public static List<DecisionRecord> Many(DateOnly day, int count, int from = 0)
        => [.. Enumerable.Range(from, count).Select(i => Store($"S{i:D6}", day, 4.0m + (i % 10 / 10m), snapshot: $$"""{"id":"S{{i:D6}}"}"""))];

    public static async Task WriteDayAsync(IDecisionStore store, DateOnly day, params DecisionRecord[] records)
    {
        await using var writer = await store.BeginRunAsync(Run(day));
        await writer.WriteAsync(records);
        await writer.CompleteAsync();
    }

    public static async Task<List<DecisionRecord>> ReadDayAsync(IDecisionStore store, DateOnly day)
    {
        var list = new List<DecisionRecord>();
        await foreach (var record in store.GetDecisionsAsync(Family, day))
        {
            list.Add(record);
        }

        return list;
    }
}
