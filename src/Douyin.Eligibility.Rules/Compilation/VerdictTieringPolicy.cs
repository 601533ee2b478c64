namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>The threshold of <see cref="VerdictTiering.Automatic"/>.</summary>
internal static class VerdictTieringPolicy
{
    /// <summary>
    /// From 4 chunks (97 rules) interpreting first pays: 100 generated rules took 94 ms to their first verdict compiled
    /// and 32 ms interpreted. For the shipped workflows (one chunk) it measured about 20 ms faster to the first decision,
    /// within this machine's noise, and would give up the 0-byte verdict from the first call (docs/performance.md).
    /// </summary>
    public const int AutomaticMinimumChunks = 4;
}
