using System.Collections.Concurrent;
using System.Diagnostics;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Tests.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Douyin.Eligibility.Tests.Reloading;

/// <summary>
/// Two threads evaluate while a third rewrites the rules directory and reloads it, over and over: good (two rule
/// sets that decide the test store differently), broken, half-written, incomplete, deleted and recreated. Reloads
/// are driven with ReloadNow right after each rewrite, so the run is the same every time. The rule files are two
/// one-rule workflows, the host's declared <see cref="EligibilityOptions.RequiredWorkflows"/>, so that a thousand
/// loads stay quick.
/// </summary>
public class ReloadUnderLoadTests(ITestOutputHelper output)
{
    private const int Rewrites = 1_000;
    private const string Admission = "alliance/admission.json";
    private const string Clearance = "alliance/clearance.json";

    private const string AdmissionRules = """
        {
          "WorkflowName": "AllianceAdmission",
          "Inputs": [{ "Name": "merchant", "Type": "MerchantSnapshot" }],
          "GlobalParams": [{ "Name": "MinStoreScore", "Expression": "THRESHOLD" }],
          "Rules": [{
            "RuleName": "StoreScoreAboveMinimum", "ReasonCode": "ALLIANCE_STORE_SCORE_TOO_LOW",
            "Expression": "merchant.StoreScore > MinStoreScore",
            "ErrorMessage": "Store score $(merchant.StoreScore) is not above $(MinStoreScore)"
          }]
        }
        """;

    private const string ClearanceRules = """
        {
          "WorkflowName": "AllianceClearance",
          "Inputs": [{ "Name": "merchant", "Type": "MerchantSnapshot" }],
          "Rules": [{
            "RuleName": "NotJudgedUnsuitable", "ReasonCode": "CLEARANCE_JUDGED_UNSUITABLE",
            "Expression": "merchant.IsJudgedUnsuitable == false",
            "ErrorMessage": "The platform deems the store unsuitable for further promotion"
          }]
        }
        """;

    private static readonly string[] Required = [EligibilityWorkflows.AllianceAdmission, EligibilityWorkflows.AllianceClearance];

    private enum Rewrite
    {
        GoodA,
        Broken,
        GoodB,
        HalfWritten,
        Incomplete,
        Deleted,
        Recreated,
    }

    [Fact]
    public async Task ReloadNow_ThousandRewritesUnderTwoEvaluatingThreads_EveryDecisionMatchesTheSetItNames()
    {
        // The two good sets, and what each decides for the test store (4.2: above 4.1, not above 4.3).
        var goodA = new Dictionary<string, string> { [Admission] = AdmissionRules.Replace("THRESHOLD", "4.1"), [Clearance] = ClearanceRules };
        var goodB = With(goodA, Admission, AdmissionRules.Replace("THRESHOLD", "4.3"));
        var store = TestRules.GoodMerchant() with { StoreScore = 4.2m };
        var settings = EvaluationSettings.English;
        var expected = new Dictionary<string, (string Admission, string Clearance)>();
        foreach (var files in new[] { goodA, goodB })
        {
            using var copy = new TempRules(TestRules.Directory);
            Directory.Delete(copy.Path, recursive: true);
            Write(copy.Path, files);
            using var reference = EligibilityEvaluator.Create(copy.Path, new EligibilityOptions { RequiredWorkflows = Required });
            expected[reference.CurrentRuleSet.ContentHash] = (
                reference.EvaluateAllianceAdmission(store, settings).Decision!.ToString(),
                reference.EvaluateAllianceClearance(store, settings).Decision!.ToString());
        }

        expected.Should().HaveCount(2);
        expected.Values.Select(v => v.Admission).Should().OnlyHaveUniqueItems("the two sets decide the store differently");

        using var rules = TestRules.Copy();
        Directory.Delete(rules.Path, recursive: true);
        Write(rules.Path, goodA);
        var logs = new ListLoggerFactory();
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddDouyinEligibility(o =>
            {
                o.RulesDirectory = rules.Path;
                o.RequiredWorkflows = Required;
            })
            .BuildServiceProvider();
        var evaluator = provider.GetRequiredService<EligibilityEvaluator>();
        var hashA = evaluator.CurrentRuleSet.ContentHash;
        expected.Should().ContainKey(hashA, "the content hash depends on the files, not on the folder");

        // Two evaluating threads: every decision must be the one its named rule set makes.
        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, long>();
        var evaluators = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(
            () =>
            {
                long count = 0;
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        Check(evaluator.EvaluateAllianceAdmission(store, settings), r => r.Admission);
                        Check(evaluator.EvaluateAllianceClearance(store, settings), r => r.Clearance);
                        count += 2;

                        // Give the rewriting thread its turn on a machine with as many cores as evaluating threads.
                        Thread.Yield();
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue(ex.ToString());
                    }
                }

                return count;
            },
            TaskCreationOptions.LongRunning)).ToArray();

        void Check<T>(EligibilityResult<T> result, Func<(string Admission, string Clearance), string> pick)
            where T : EligibilityDecision
        {
            if (!result.IsSuccess)
            {
                failures.Enqueue("invalid: " + result);
            }
            else if (!expected.TryGetValue(result.Decision.RuleSetHash, out var decisions))
            {
                failures.Enqueue("decided by an unknown rule set " + result.Decision.RuleSetHash);
            }
            else if (pick(decisions) != result.Decision.ToString())
            {
                failures.Enqueue($"not what rule set {result.Decision.RuleSetHash} decides: {result.Decision}");
            }
            else
            {
                seen.AddOrUpdate(result.Decision.RuleSetHash, 1, (_, n) => n + 1);
            }
        }

        // The third thread: rewrite, reload, and check that only a good set is swapped in.
        var clock = Stopwatch.StartNew();
        var rejected = 0;
        var swaps = 0;
        var recreations = 0;
        var lastGood = hashA;
        var cycle = Enum.GetValues<Rewrite>();
        for (var i = 0; i < Rewrites; i++)
        {
            var rewrite = cycle[i % cycle.Length];
            var good = rewrite switch
            {
                Rewrite.GoodA => Apply(rules.Path, goodA),
                Rewrite.GoodB or Rewrite.Recreated => Apply(rules.Path, goodB),
                Rewrite.Broken => Apply(rules.Path, With(goodA, Admission, goodA[Admission].Replace("merchant.StoreScore > MinStoreScore", "merchant.StoreScore > > MinStoreScore"))),
                Rewrite.HalfWritten => Apply(rules.Path, With(goodB, Admission, goodB[Admission][..(goodB[Admission].Length / 2)])),
                Rewrite.Incomplete => Apply(rules.Path, goodA.Where(f => f.Key != Clearance).ToDictionary()),
                _ => Delete(rules.Path),
            };

            var before = evaluator.CurrentRuleSet;
            var result = evaluator.ReloadNow();
            if (good)
            {
                result.IsSuccess.Should().BeTrue($"rewrite {i} ({rewrite}) is good: {string.Join("; ", result.Errors)}");
                evaluator.CurrentRuleSet.ContentHash.Should().Be(result.RuleSet!.ContentHash);
                expected.Should().ContainKey(evaluator.CurrentRuleSet.ContentHash);
                swaps += evaluator.CurrentRuleSet.ContentHash != lastGood ? 1 : 0;
                recreations += rewrite == Rewrite.Recreated ? 1 : 0;
                lastGood = evaluator.CurrentRuleSet.ContentHash;
                evaluator.ReloadStatus.DiskDiffersFromLoaded.Should().BeFalse();
            }
            else
            {
                result.IsSuccess.Should().BeFalse($"rewrite {i} ({rewrite}) is bad");
                evaluator.CurrentRuleSet.Should().BeSameAs(before, "the last good set is kept");
                evaluator.ReloadStatus.DiskDiffersFromLoaded.Should().BeTrue();
                rejected++;
            }
        }

        stop.Cancel();
        var evaluations = (await Task.WhenAll(evaluators)).Sum();
        clock.Stop();

        failures.Should().BeEmpty();
        var rejectionsLogged = logs.Entries.Count(e => e.Level == LogLevel.Warning && e.EventId.Id == 2);
        rejectionsLogged.Should().Be(rejected, "every rejection is logged");
        evaluator.ReloadStatus.RejectedReloads.Should().Be(rejected);
        logs.Entries.Count(e => e.Level == LogLevel.Error && e.EventId.Id == 3).Should().BeGreaterThanOrEqualTo(rejected, "each rejection logs its diagnostics");
        recreations.Should().BeGreaterThan(100, "a recreated directory is picked up again");
        seen.Keys.Should().BeEquivalentTo(expected.Keys, "both good sets were in force while the threads evaluated");
        output.WriteLine($"{Rewrites} rewrites in {clock.Elapsed.TotalSeconds:F1} s: {rejected} rejected and logged, {swaps} swaps, {recreations} recreations; {evaluations} evaluations, 0 failed ({string.Join(", ", seen.Select(s => $"{s.Key[..8]}: {s.Value}"))})");
    }

    private static Dictionary<string, string> With(Dictionary<string, string> files, string path, string text)
        => files.ToDictionary(f => f.Key, f => f.Key == path ? text : f.Value);

    /// <summary>Makes the directory hold exactly <paramref name="files"/>; true when they are a good set.</summary>
    private static bool Apply(string directory, Dictionary<string, string> files)
    {
        Write(directory, files);
        return files.Count == 2 && !files[Admission].Contains("> >", StringComparison.Ordinal) && files[Admission].TrimEnd().EndsWith('}');
    }

    private static bool Delete(string directory)
    {
        Directory.Delete(directory, recursive: true);
        return false;
    }

    private static void Write(string directory, Dictionary<string, string> files)
    {
        if (Directory.Exists(directory))
        {
            foreach (var extra in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(f => !files.ContainsKey(Path.GetRelativePath(directory, f).Replace('\\', '/'))).ToList())
            {
                File.Delete(extra);
            }
        }

        foreach (var (path, text) in files)
        {
            var target = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target) || File.ReadAllText(target) != text)
            {
                File.WriteAllText(target, text);
            }
        }
    }
}
