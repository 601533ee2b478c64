using System.Globalization;
using System.Resources;
using Douyin.Eligibility.History;
using Douyin.Eligibility.History.Tests.Support;
using Douyin.Eligibility.Tool;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Report.Tests.Commands.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Report_SqliteStore_WritesTheFileAndSaysWhere()
    {
        var store = _dir.PathOf("decisions.db");
        await using (var opened = DecisionStores.OpenSqlite(store))
        {
            await Records.WriteDayAsync(opened, Records.Day1, Records.Store("S1", Records.Day1, 3.0m));
        }

        var run = ToolRunner.Run("report", "--store", store, "--lang", "en", "--output", _dir.PathOf("out/report.html"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("report.html").And.Contain("1 families, 1 decisions");
        File.ReadAllText(_dir.PathOf("out/report.html")).Should().Contain("data-family=\"AllianceClearance\"");
    }

    [Fact]
    public void Report_MissingStoreFile_ErrorNamesItAndWritesNothing()
    {
        var run = ToolRunner.Run("report", "--store", _dir.PathOf("missing.db"), "--lang", "en", "--output", _dir.PathOf("report.html"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("missing.db").And.Contain("does not exist");
        File.Exists(_dir.PathOf("report.html")).Should().BeFalse();
        File.Exists(_dir.PathOf("missing.db")).Should().BeFalse("report never creates a store");
    }

    [Fact]
    public void Report_CorruptStoreFile_ClearErrorNoCrash()
    {
        var store = _dir.Write("corrupt.db", "this is not a database, just text that is long enough to have a header of sorts");

        var run = ToolRunner.Run("report", "--store", store, "--lang", "en", "--output", _dir.PathOf("report.html"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("error: ").And.Contain("corrupt.db");
        File.Exists(_dir.PathOf("report.html")).Should().BeFalse();
    }

    [Fact]
    public void Report_UnknownWorkflow_ErrorListsTheKnownOnes()
    {
        var run = ToolRunner.Run("report", "--store", _dir.PathOf("x.db"), "--workflow", "Nope", "--output", _dir.PathOf("report.html"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Unknown workflow 'Nope'").And.Contain("AllianceClearance");
    }

    [Fact]
    public void Report_BadMargin_ErrorSaysTheRange()
    {
        var run = ToolRunner.Run("report", "--store", _dir.PathOf("x.db"), "--margin", "2", "--output", _dir.PathOf("report.html"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--margin must be a number from 0 to 1");
    }

    [Fact]
    public void Help_Report_HasAnExampleAndIsListed()
    {
        var help = ToolRunner.Run("report", "--help");

        help.ExitCode.Should().Be(0);
        help.Out.Should().Contain("Example:").And.Contain("douyin-eligibility report --store").And.Contain("--as-of").And.Contain("--margin");
        ToolRunner.Run("--help").Out.Should().Contain("report");
    }

    [Fact]
    public async Task Report_AsOfAndWorkflow_OnlyThatFamilyUpToThatDay()
    {
        var store = _dir.PathOf("decisions.db");
        await using (var opened = DecisionStores.OpenSqlite(store))
        {
            await Records.WriteDayAsync(opened, Records.Day1, Records.Store("S1", Records.Day1, 4.0m));
            await Records.WriteDayAsync(opened, Records.Day1.AddDays(1), Records.Store("S1", Records.Day1.AddDays(1), 3.0m));
        }

        var run = ToolRunner.Run("report", "--store", store, "--workflow", "AllianceClearance", "--as-of", "2026-11-20", "--lang", "en", "--output", _dir.PathOf("report.html"));

        run.ExitCode.Should().Be(0, run.Error);
        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(_dir.PathOf("report.html")));
        html.Should().Contain("as of 2026-11-20 · first run").And.Contain("Report date 2026-11-20").And.NotContain("2026-11-21");
    }

    [Fact]
    public void ReportTexts_EveryEnglishText_HasAChineseOne()
    {
        var resources = new ResourceManager("Douyin.Eligibility.Tool.Resources.Messages", typeof(ToolText).Assembly);
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var chinese = resources.GetResourceSet(CultureInfo.GetCultureInfo("zh"), createIfNotExists: true, tryParents: false)!;

        var keys = english.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Where(k => k.StartsWith("Report_", StringComparison.Ordinal)).ToList();
        keys.Should().NotBeEmpty();
        keys.Where(k => chinese.GetString(k) is null).Should().BeEmpty("every report text is translated");
        keys.Where(k => chinese.GetString(k) == english.GetString(k)).Should().BeEmpty("the Chinese texts are not English copies");
    }

    public void Dispose() => _dir.Dispose();
}
