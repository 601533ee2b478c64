using System.Globalization;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>The corpus run's settings: the CI defaults, changed by environment variables (see docs/fuzzing.md).</summary>
public static class FuzzSettings
{
    /// <summary>Cases CI runs.</summary>
    public const int CiCases = 20_000;

    /// <summary>
    /// Categories today's engine is known to fail on, skipped unless <c>FUZZ_INCLUDE_KNOWN_FAILING=1</c>. Each entry is
    /// an open item of issue 7; when the engine fixes it, delete the entry (the corpus then proves the fix in CI).
    /// </summary>
    public static readonly IReadOnlySet<FuzzCategory> KnownFailingCategories = new HashSet<FuzzCategory>
    {
        // Issue 7 item 1: the "!"×98 chain of 201 params loads, then overflows the stack compiling (kills the process).
        FuzzCategory.IssueNotChain,

        // Issue 7 item 2: doubling injection is exponential at load (k = 20: minutes and gigabytes).
        FuzzCategory.IssueInjectDoubling,

        // Issue 7 item 2: a chain of 300 injections loads in quadratic time (seconds), past the case budget.
        FuzzCategory.IssueInjectChain,

        // Issue 7 item 3: the Sum chain evaluates products^60 times (never returns).
        FuzzCategory.IssueSumChain,

        // Issue 7 item 3: 30 nested Products.Any iterate products^30 times.
        FuzzCategory.IssueNestedAny,

        // Issue 7 items 3 and 10: a param is re-expanded at each use, so 11 doublings (2,048 copies) take seconds to compile
        // and 12 pass the case budget; a non-constant param must be computed once per evaluation.
        FuzzCategory.IssueDoublingParams,

        // Issue 7 item 6: Properties deeper than 64 make RuleSet.Load throw JsonReaderException.
        FuzzCategory.IssueDeepProperties,
    };

    /// <summary><c>FUZZ_SEED</c>, default <see cref="RuleFileCorpus.DefaultSeed"/>.</summary>
    public static int Seed => Int("FUZZ_SEED") is { } seed ? (int)seed : RuleFileCorpus.DefaultSeed;

    /// <summary>The settings of a corpus run: <c>FUZZ_CASES</c>, <c>FUZZ_START</c>, <c>FUZZ_WORKERS</c>, <c>FUZZ_CASE_BUDGET_SECONDS</c>, <c>FUZZ_INCLUDE_KNOWN_FAILING</c>, <c>FUZZ_ONLY</c>.</summary>
    public static FuzzRunSettings FromEnvironment(string? markerDirectory)
    {
        // FUZZ_ONLY names the categories to run, known failing ones too; otherwise every category but the known failing ones.
        var skip = new HashSet<FuzzCategory>();
        if (Environment.GetEnvironmentVariable("FUZZ_ONLY") is { Length: > 0 } only)
        {
            var wanted = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<FuzzCategory>).ToHashSet();
            skip.UnionWith(Enum.GetValues<FuzzCategory>().Where(c => !wanted.Contains(c)));
        }
        else if (Environment.GetEnvironmentVariable("FUZZ_INCLUDE_KNOWN_FAILING") is not ("1" or "true"))
        {
            skip.UnionWith(KnownFailingCategories);
        }

        return new FuzzRunSettings(
            Seed,
            Int("FUZZ_START") ?? 0,
            Int("FUZZ_CASES") ?? CiCases,
            (int)(Int("FUZZ_WORKERS") ?? Environment.ProcessorCount),
            TimeSpan.FromSeconds(Int("FUZZ_CASE_BUDGET_SECONDS") ?? 10),
            skip,
            markerDirectory);
    }

    /// <summary><c>FUZZ_CASE</c>: one case to run alone (to reproduce a failure), or null.</summary>
    public static long? SingleCase => Int("FUZZ_CASE");

    private static long? Int(string name)
        => Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? long.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
}
