using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Report.Tests.Support;

/// <summary>
/// A real SQLite decision store made by the tool's <c>daily</c> from the shipped sample days
/// (samples/data/merchants-2026-11-20 … 22.jsonl) for the Alliance admission and clearance checks; built once per test
/// class, deleted afterwards.
/// </summary>
public sealed class SampleStore : IDisposable
{
    /// <summary>The families recorded.</summary>
    public static readonly string[] Families = ["AllianceAdmission", "AllianceClearance"];

    /// <summary>The sample days, oldest first.</summary>
    public static readonly string[] Days = ["2026-11-20", "2026-11-21", "2026-11-22"];

    private readonly TempDir _dir = new();

    public SampleStore()
    {
        StorePath = _dir.PathOf("decisions.db");
        foreach (var family in Families)
        {
            foreach (var day in Days)
            {
                var run = ToolRunner.Run("daily", Repo.PathOf("samples", "data", $"merchants-{day}.jsonl"), "--workflow", family, "--store", StorePath, "--lang", "en");
                if (run.ExitCode != 0)
                {
                    throw new InvalidOperationException($"daily {family} {day} exited with {run.ExitCode}: {run.Error}");
                }
            }
        }
    }

    /// <summary>The SQLite file.</summary>
    public string StorePath { get; }

    /// <summary>A path in the store's temporary directory.</summary>
    public string PathOf(string relative) => _dir.PathOf(relative);

    public void Dispose() => _dir.Dispose();
}
