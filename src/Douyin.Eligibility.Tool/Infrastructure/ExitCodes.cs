namespace Douyin.Eligibility.Tool;

/// <summary>The process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and evaluated (or linted / tested) without problems.</summary>
    public const int Success = 0;

    /// <summary>Usage error, rule errors (lint, load), failing rule tests, or an unreadable input.</summary>
    public const int Failure = 1;

    /// <summary>Some input lines were not valid snapshots; they were reported and skipped, every valid line was evaluated.</summary>
    public const int InvalidInput = 2;

    /// <summary><c>replay</c>: some stored decisions come out differently now.</summary>
    public const int Differences = 3;
}
