using Xunit.Abstractions;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>
/// The fixed-seed corpus (issue 7, Fuzzing): every generated rule file ends in diagnostics or a rule set that evaluates,
/// in bounded time, with no exception. CI runs <see cref="FuzzSettings.CiCases"/> cases; docs/fuzzing.md gives the
/// variables for bigger runs (FUZZ_CASES=1000000) and for reproducing one case (FUZZ_CASE).
/// </summary>
[Trait("Category", "Fuzz")]
public class RuleFileFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Load_FixedSeedCorpus_EveryCaseEndsInDiagnosticsOrSuccess()
    {
        if (FuzzSettings.SingleCase is { } single)
        {
            Reproduce(single);
            return;
        }

        var settings = FuzzSettings.FromEnvironment(Path.Combine(AppContext.BaseDirectory, "fuzz"));
        output.WriteLine($"seed {settings.Seed}, cases {settings.Cases} from {settings.Start}, {settings.Workers} workers, budget {settings.CaseBudget.TotalSeconds} s per case, skipping {string.Join(", ", settings.Skip)}");

        var report = FuzzRunner.Run(settings);

        output.WriteLine(report.Summary());
        output.WriteLine(report.DescribeFailures());
        report.Ran.Should().Be(settings.Cases);
        // The count, not the collection: a failure's description is the grouped report, not a dump of the case objects.
        report.Failures.Count.Should().Be(0, "every case must end in diagnostics or success:\n{0}", report.DescribeFailures());
    }

    [Fact]
    public void Generate_SameSeedAndIndex_SameFiles()
    {
        var first = new RuleFileCorpus(RuleFileCorpus.DefaultSeed);
        var second = new RuleFileCorpus(RuleFileCorpus.DefaultSeed);
        for (long index = 0; index < RuleFileCorpus.CycleLength * 2; index++)
        {
            var a = first.Generate(index);
            var b = second.Generate(index);
            b.Category.Should().Be(a.Category);
            b.Note.Should().Be(a.Note);
            b.Files.Should().Equal(a.Files);
        }
    }

    [Fact]
    public void Generate_OtherSeed_OtherFiles()
    {
        var texts = new[] { 1, 2 }.Select(seed => string.Concat(Enumerable.Range(0, 50).SelectMany(i => new RuleFileCorpus(seed).Generate(i).Files.Select(f => f.Text)))).ToArray();
        texts[0].Should().NotBe(texts[1]);
    }

    [Fact]
    public void CategoryOf_OneCycle_CoversEveryCategory()
    {
        Enumerable.Range(0, RuleFileCorpus.CycleLength).Select(i => RuleFileCorpus.CategoryOf(i)).Distinct()
            .Should().BeEquivalentTo(Enum.GetValues<FuzzCategory>());
    }

    [Fact]
    public void Generate_CiRange_HoldsEveryIssueShapeAtItsReportedSize()
    {
        var corpus = new RuleFileCorpus(RuleFileCorpus.DefaultSeed);
        var notes = Enumerable.Range(0, FuzzSettings.CiCases)
            .Where(i => RuleFileCorpus.CategoryOf(i) is FuzzCategory.IssueNotChain or FuzzCategory.IssueInjectDoubling or FuzzCategory.IssueInjectChain or FuzzCategory.IssueSumChain or FuzzCategory.IssueNestedAny or FuzzCategory.IssueDoublingParams)
            .Select(i => corpus.Generate(i))
            .Where(c => c.Note.EndsWith("(exact)", StringComparison.Ordinal))
            .Select(c => c.Category)
            .Distinct();
        notes.Should().BeEquivalentTo(new[] { FuzzCategory.IssueNotChain, FuzzCategory.IssueInjectDoubling, FuzzCategory.IssueInjectChain, FuzzCategory.IssueSumChain, FuzzCategory.IssueNestedAny, FuzzCategory.IssueDoublingParams });
    }

    [Fact]
    public void NotChain_ReportedSize_Has201ParamsOf98Nots()
    {
        var text = RuleFileCorpus.NotChain(201, 98);
        text.Should().Contain("\"P0\", \"Expression\": \"merchant.IsSettled\"");
        text.Should().Contain($"\"P200\", \"Expression\": \"{new string('!', 98)}P199\"");
        text.Should().Contain("\"Expression\": \"P200\"");
    }

    [Fact]
    public void InjectDoubling_K_EachInjectsTheNextTwice()
    {
        var text = RuleFileCorpus.InjectDoubling(3);
        text.Should().Contain("\"WorkflowsToInject\": [\"W1\", \"W1\"]").And.Contain("\"WorkflowsToInject\": [\"W3\", \"W3\"]");
        text.Should().NotContain("\"W4\"");
    }

    [Fact]
    public void ShippedRuleFiles_All_ExcludeTestsAndSchemas()
    {
        ShippedRuleFiles.All.Select(f => f.Path).Should().Contain("alliance/admission.json").And.OnlyContain(p => !p.Contains("schema") && !p.EndsWith(".tests.json"));
    }

    /// <summary>FUZZ_CASE=n: runs that case alone in this process and, with FUZZ_DUMP=dir, writes its files there.</summary>
    private void Reproduce(long index)
    {
        var fuzzCase = new RuleFileCorpus(FuzzSettings.Seed).Generate(index);
        output.WriteLine(fuzzCase.ToString());
        if (Environment.GetEnvironmentVariable("FUZZ_DUMP") is { Length: > 0 } dump)
        {
            foreach (var (path, text) in fuzzCase.Files)
            {
                var file = Path.Combine(dump, $"case-{index}", path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, Utf8(text));
                output.WriteLine($"wrote {file}");
            }
        }

        var outcome = FuzzOracle.Check(fuzzCase);
        output.WriteLine($"loaded: {outcome.Loaded}, diagnostics: {outcome.Diagnostics}, workflows: {outcome.Workflows}");
        outcome.Exception.Should().BeNull("{0} failed at {1}: {2}", fuzzCase, outcome.FailedStage, outcome.Exception);
    }

    /// <summary>UTF-8 of a case's text; a lone surrogate (which some cases hold on purpose) becomes U+FFFD in the file.</summary>
    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
