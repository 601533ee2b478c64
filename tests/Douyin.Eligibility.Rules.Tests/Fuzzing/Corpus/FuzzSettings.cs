using System.Globalization;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>The corpus run's settings: the CI defaults, changed by environment variables (see docs/fuzzing.md).</summary>
public static class FuzzSettings
{
    /// <summary>Cases CI runs.</summary>
    public const int CiCases = 20_000;

    /// <summary>
    /// Categories the engine is known to fail on, skipped unless <c>FUZZ_INCLUDE_KNOWN_FAILING=1</c>. Each entry names its
    /// issue item; when the engine fixes it, delete the entry (the corpus then proves the fix in CI). Empty since the
    /// issue 7 fixes (items 1, 2, 3, 6 and 10 shapes all pass: stack depth, injection bound, cost model, deep
    /// Properties, params computed once).
    /// </summary>
    public static readonly IReadOnlySet<FuzzCategory> KnownFailingCategories = new HashSet<FuzzCategory>();

    /// <summary>
    /// Single cases of the CI seed the engine is known to fail on (found by this corpus), skipped like the categories
    /// above. Delete an entry with its fix.
    /// </summary>
    public static readonly IReadOnlyDictionary<long, string> KnownFailingCases = new Dictionary<long, string>();

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

        var include = Environment.GetEnvironmentVariable("FUZZ_INCLUDE_KNOWN_FAILING") is "1" or "true";
        return new FuzzRunSettings(
            Seed,
            Int("FUZZ_START") ?? 0,
            Int("FUZZ_CASES") ?? CiCases,
            (int)(Int("FUZZ_WORKERS") ?? Environment.ProcessorCount),
            TimeSpan.FromSeconds(Int("FUZZ_CASE_BUDGET_SECONDS") ?? 10),
            skip,
            markerDirectory,
            include || Seed != RuleFileCorpus.DefaultSeed ? new HashSet<long>() : KnownFailingCases.Keys.ToHashSet());
    }

    /// <summary><c>FUZZ_CASE</c>: one case to run alone (to reproduce a failure), or null.</summary>
    public static long? SingleCase => Int("FUZZ_CASE");

    private static long? Int(string name)
        => Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? long.Parse(text.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
}
