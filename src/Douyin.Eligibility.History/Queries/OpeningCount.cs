namespace Douyin.Eligibility.History.Queries;

/// <summary>A subject's openings as its history shows them.</summary>
/// <param name="SubjectId">The subject.</param>
/// <param name="Openings">Days it entered the passing state (the first passing day, and each passing day after a failing one).</param>
/// <param name="FirstDay">The first day of its history.</param>
/// <param name="LastOpened">The last day it (re)opened.</param>
/// <param name="PassingNow">True when it passes on the last day counted.</param>
public sealed record OpeningCount(string SubjectId, int Openings, DateOnly FirstDay, DateOnly LastOpened, bool PassingNow);
