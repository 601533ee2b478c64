using System.Globalization;
using Douyin.Eligibility.Snapshots;
using TestSnapshots = Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Api;

/// <summary>The test rule files (Api/TestRules, copied to the output) and snapshots that suit them.</summary>
internal static class TestRules
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Api", "TestRules");

    private static readonly Lazy<EligibilityEvaluator> Shared = new(() => EligibilityEvaluator.Create(Directory));

    /// <summary>One evaluator over the test rules, shared by tests that do not reload.</summary>
    public static EligibilityEvaluator Evaluator => Shared.Value;

    public static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    public static readonly EvaluationSettings En = EvaluationSettings.English;

    /// <summary>Copies the test rules to a fresh temporary folder, for tests that edit them.</summary>
    public static TempRules Copy() => new(Directory);

    /// <summary>A store that meets the 2024-07-25 admission test rules, evaluated on 2024-08-01.</summary>
    public static MerchantSnapshot GoodMerchant() => TestSnapshots.Merchant() with { AsOf = new DateOnly(2024, 8, 1), StoreScore = 4.5m, PositiveRate = 0.9m, Gmv30dFen = 100, AllianceOpeningsUsed = 1 };
}

/// <summary>A temporary copy of a rules folder, deleted on dispose.</summary>
internal sealed class TempRules : IDisposable
{
    public TempRules(string source)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "douyin-rules-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Rewrites one file, replacing <paramref name="oldText"/> (which must occur) with <paramref name="newText"/>.</summary>
    public void Edit(string relative, string oldText, string newText)
    {
        var path = PathOf(relative);
        var text = System.IO.File.ReadAllText(path);
        text.Should().Contain(oldText);
        System.IO.File.WriteAllText(path, text.Replace(oldText, newText));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Polls a condition until it holds or the timeout passes; no fixed sleeps as assertions.</summary>
internal static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(25);
        }

        return condition();
    }
}
