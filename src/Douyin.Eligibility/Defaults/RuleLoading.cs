using Douyin.Eligibility.Families;
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

    /// <summary>Loads and compiles the rules, then checks the values the typed API reads; never throws for I/O (unreadable files are diagnostics).</summary>
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

    /// <summary><see cref="CreateOptions()"/> plus the input types of <paramref name="families"/> (a host's own families).</summary>
    public static RuleSetOptions CreateOptions(IEnumerable<EligibilityFamily> families)
    {
        var options = CreateOptions();
        foreach (var family in families)
        {
            options.AddInputType(family.InputType);
        }

        return options;
    }

    /// <summary>
    /// Loads <paramref name="sources"/> with <see cref="CreateOptions()"/> (and the input types of <paramref name="families"/>),
    /// then checks the values the typed API reads (<see cref="TypedRuleChecks"/>) for the workflows of
    /// <paramref name="families"/> (null: the built-ins): a set that fails them is not built, and its errors join the
    /// load's diagnostics.
    /// </summary>
    public static RuleSetLoadResult LoadChecked(IEnumerable<RuleSource> sources, IReadOnlyList<EligibilityFamily>? families = null)
    {
        var list = sources.ToList();
        return families is null
            ? TypedRuleChecks.Apply(RuleSet.Load(list, CreateOptions()), list)
            : TypedRuleChecks.Apply(RuleSet.Load(list, CreateOptions(families)), list, families);
    }

    /// <summary>
    /// Reads the rule file <paramref name="path"/>, or every rule file under it when it is a folder, file by file, and
    /// loads what was read with <see cref="LoadChecked(IEnumerable{RuleSource}, IReadOnlyList{EligibilityFamily})"/>: each
    /// file that could not be read is a <see cref="DiagnosticCodes.FileUnreadable"/> error in the result, beside the
    /// diagnostics of the others.
    /// </summary>
    public static RuleSetLoadResult LoadChecked(string path, IReadOnlyList<EligibilityFamily>? families = null)
    {
        if (System.IO.Directory.Exists(path))
        {
            return LoadRead(RuleSource.ReadDirectory(path, out var unreadable), unreadable, families);
        }

        return RuleSource.TryReadFile(path, out var source, out var diagnostic) ? LoadChecked([source], families) : RuleSetLoadResult.Failed([diagnostic]);
    }

    public static RuleLoader ForDirectory(string directory, IReadOnlyList<EligibilityFamily>? families = null) => new DirectoryLoader(Path.GetFullPath(directory), families);

    public static RuleLoader Embedded(IReadOnlyList<EligibilityFamily>? families = null) => new EmbeddedLoader(families);

    /// <summary>The files that were read, loaded, with the errors of those that were not; when none was, only those errors (no "no workflows").</summary>
    private static RuleSetLoadResult LoadRead(IReadOnlyList<RuleSource> sources, IReadOnlyList<Diagnostic> unreadable, IReadOnlyList<EligibilityFamily>? families)
        => sources.Count == 0 && unreadable.Count > 0 ? RuleSetLoadResult.Failed(unreadable) : LoadChecked(sources, families).WithDiagnostics(unreadable);

    private sealed class DirectoryLoader(string directory, IReadOnlyList<EligibilityFamily>? families) : RuleLoader
    {
        public override string? Directory => directory;

        public override RuleSetLoadResult Load() => LoadRead(RuleSource.ReadDirectory(directory, out var unreadable), unreadable, families);
    }

    private sealed class EmbeddedLoader(IReadOnlyList<EligibilityFamily>? families) : RuleLoader
    {
        public override string? Directory => null;

        public override RuleSetLoadResult Load()
            => LoadChecked(RuleSource.FromEmbeddedResources(typeof(RuleLoader).Assembly, EmbeddedPrefix), families);
    }
}
