using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Defaults;

/// <summary>Where rule files come from: a directory, or the default set embedded in this assembly.</summary>
internal abstract class RuleLoader
{
    /// <summary>The prefix of the embedded default rule files' resource names (see the csproj).</summary>
    public const string EmbeddedPrefix = "DouyinRules/";

    /// <summary>The directory to watch for changes; null for embedded rules.</summary>
    public abstract string? Directory { get; }

    /// <summary>Loads and compiles the rules, then checks the values the typed API reads; never throws (I/O problems become diagnostics).</summary>
    public abstract RuleSetLoadResult Load();

    /// <summary>The input types the shipped rule files name.</summary>
    public static RuleSetOptions CreateOptions() => new RuleSetOptions()
        .AddInputType<MerchantSnapshot>()
        .AddInputType<ProductSnapshot>()
        .AddInputType<ControllerStoreSnapshot>()
        .AddInputType<PenaltyRecord>()
        .AddInputType<BrandProviderSnapshot>()
        .AddInputType<StoreOperationProviderSnapshot>()
        .AddInputType<ProviderViolation>();

    /// <summary>
    /// Loads <paramref name="sources"/> with <see cref="CreateOptions"/>, then checks the values the typed API reads
    /// (<see cref="TypedRuleChecks"/>): a set that fails them is not built, and its errors join the load's diagnostics.
    /// </summary>
    public static RuleSetLoadResult LoadChecked(IEnumerable<RuleSource> sources)
    {
        var list = sources.ToList();
        return TypedRuleChecks.Apply(RuleSet.Load(list, CreateOptions()), list);
    }

    public static RuleLoader ForDirectory(string directory) => new DirectoryLoader(Path.GetFullPath(directory));

    public static RuleLoader Embedded() => new EmbeddedLoader();

    private sealed class DirectoryLoader(string directory) : RuleLoader
    {
        public override string? Directory => directory;

        public override RuleSetLoadResult Load()
        {
            IReadOnlyList<RuleSource> sources;
            try
            {
                sources = RuleSource.FromDirectory(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var diagnostic = new Diagnostic(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceLocation(directory, 0, 0), $"Cannot read the rules directory: {ex.Message}") { MessageZh = $"无法读取规则目录：{ex.Message}" };
                return new RuleSetLoadResult(null, [diagnostic]);
            }

            return LoadChecked(sources);
        }
    }

    private sealed class EmbeddedLoader : RuleLoader
    {
        public override string? Directory => null;

        public override RuleSetLoadResult Load()
            => LoadChecked(RuleSource.FromEmbeddedResources(typeof(RuleLoader).Assembly, EmbeddedPrefix));
    }
}
