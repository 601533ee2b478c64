using System.Text.Json;
using Douyin.Eligibility.History;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Commands.Daily;

/// <summary><c>daily</c> and <c>replay</c> over the shipped sample days (samples/data/merchants-2026-11-2x.jsonl) and a SQLite file.</summary>
public sealed class DailyCommandTests : IDisposable
{
    private static readonly string[] Days = ["2026-11-20", "2026-11-21", "2026-11-22"];

    private readonly TempDir _dir = new();

    private string StorePath => _dir.PathOf("decisions.db");

    private static string DayFile(string day) => Repo.PathOf("samples", "data", $"merchants-{day}.jsonl");

    /// <summary>The store of the sample generator's script that is cleared on day 2 and reopens on day 3: the fourth of the base list.</summary>
    private static string ClearedAndReopened => JsonDocument.Parse(File.ReadLines(DayFile(Days[0])).ElementAt(3)).RootElement.GetProperty("id").GetString()!;

    private ToolRun Daily(string day, params string[] extra)
        => ToolRunner.Run(["daily", DayFile(day), "--workflow", "AllianceClearance", "--store", StorePath, "--lang", "en", .. extra]);

    [Fact]
    public void Daily_ThreeShippedDays_ReportsTheReopenedStoreAsRecoveredWithTwoOpenings()
    {
        Daily(Days[0]).ExitCode.Should().Be(0);
        var day2 = Daily(Days[1]);
        var day3 = Daily(Days[2]);

        day2.ExitCode.Should().Be(0, day2.Error);
        Section(day2, "Newly failing").Should().Contain(l => l.Contains(ClearedAndReopened) && l.Contains("retain → clear") && l.Contains("days failing: 1"));
        Section(day3, "Recovered").Should().Contain(l => l.Contains(ClearedAndReopened) && l.Contains("clear → retain"));
        Section(day3, "Openings counted").Should().Contain(l => l.Contains(ClearedAndReopened) && l.Contains("2 openings, last on 2026-11-22; 1 left"));
        Section(day3, "At risk").Should().Contain(l => l.Contains("merchant.ExperienceScore 3.5 >= 3.5") && l.Contains("CLEARANCE_EXPERIENCE_SCORE_LOW"));
        Section(day3, "Still failing").Should().Contain(l => l.Contains("days failing: 3"));
        day3.Out.Should().Contain("against the run of 2026-11-21");
    }

    [Fact]
    public async Task Daily_SameDayTwice_ReplacesTheDayAndPrintsTheSameReport()
    {
        Daily(Days[0]);
        var first = Daily(Days[1]);

        var again = Daily(Days[1]);

        again.Out.Should().Be(first.Out);
        await using var store = DecisionStores.OpenSqlite(StorePath);
        var runs = await store.GetRunsAsync("AllianceClearance");
        runs.Select(r => r.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(Days[0], Days[1]);
        runs.Should().OnlyContain(r => r.Decisions == File.ReadLines(DayFile(Days[1])).Count());
    }

    [Fact]
    public void Daily_CorruptStoreFile_ExitsOneAndLeavesTheFile()
    {
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(StorePath, garbage);

        var run = Daily(Days[0]);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("is not a readable SQLite database").And.Contain(StorePath);
        File.ReadAllBytes(StorePath).Should().Equal(garbage);
    }

    [Fact]
    public void Daily_ChineseLanguage_ReportsInChinese()
    {
        var run = ToolRunner.Run("daily", DayFile(Days[0]), "--workflow", "AllianceClearance", "--store", StorePath);

        run.Out.Should().Contain("首次运行").And.Contain("按历史统计的开通次数");
    }

    [Fact]
    public void Replay_SameRules_FindsNoDifferenceAndExitsZero()
    {
        Daily(Days[1]);

        var replay = ToolRunner.Run("replay", "--store", StorePath, "--date", Days[1], "--lang", "en");

        replay.ExitCode.Should().Be(0, replay.Out + replay.Error);
        replay.Out.Should().Contain("the same as now").And.Contain($"{File.ReadLines(DayFile(Days[1])).Count()} decisions replayed, 0 differ");
    }

    [Fact]
    public void Replay_ThresholdRaised_ListsTheDecisionsThatNowDifferAndExitsThree()
    {
        Daily(Days[1]);
        var rules = CopyRules(clearanceThreshold: "3.6");

        var replay = ToolRunner.Run("replay", "--store", StorePath, "--date", Days[1], "--rules", rules, "--lang", "en");

        replay.ExitCode.Should().Be(3, replay.Error);
        replay.Out.Should().Contain("the rules now have");
        replay.OutLines.Where(l => l.Contains("stored Retain [-], now Clear [CLEARANCE_EXPERIENCE_SCORE_LOW]")).Should().NotBeEmpty();
    }

    [Fact]
    public void Replay_NoRunThatDay_ExitsOne()
    {
        Daily(Days[0]);

        var replay = ToolRunner.Run("replay", "--store", StorePath, "--date", "2020-01-01", "--lang", "en");

        replay.ExitCode.Should().Be(1);
        replay.Error.Should().Contain("No run of 2020-01-01");
    }

    /// <summary>The lines of the report section starting with <paramref name="heading"/>, up to the next blank line.</summary>
    private static List<string> Section(ToolRun run, string heading)
        => [.. run.OutLines.SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0)];

    private string CopyRules(string clearanceThreshold)
    {
        var target = _dir.PathOf("rules");
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("rules"), "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.PathOf("rules"), file);
            if (relative.Contains("tests", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (relative == Path.Combine("alliance", "clearance.json"))
            {
                text = text.Replace("\"Name\": \"MinExperienceScore\",\n      \"Expression\": \"3.5\"", $"\"Name\": \"MinExperienceScore\",\n      \"Expression\": \"{clearanceThreshold}\"", StringComparison.Ordinal);
                text.Should().Contain(clearanceThreshold);
            }

            _dir.Write(Path.Combine("rules", relative), text);
        }

        return target;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
