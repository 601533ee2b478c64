using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Tests.Fuzzing;
using SharpFuzz;

namespace Douyin.Eligibility.Fuzz;

/// <summary>
/// Entry points (docs/fuzzing.md):
/// <c>libfuzzer</c> and <c>afl</c> — coverage-guided targets for SharpFuzz: the input bytes, as UTF-8, are one rule file
/// loaded, evaluated, explained and formatted; an escaping exception is a crash.
/// <c>corpus</c> — the fixed-seed corpus of the CI test, any size, in child processes that are restarted after a crash or a hang.
/// <c>case</c> — one corpus case, each stage timed, its files optionally written out.
/// <c>seeds</c> — writes the shipped rule files and corpus cases as a starting corpus for libFuzzer or AFL++.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "help";
        var options = Options.Parse(args.Skip(1));
        switch (command)
        {
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(Target);
                return 0;
            case "afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    Target(buffer.ToArray());
                });
                return 0;
            case "run":
                // Runs files through the target once each (e.g. a crash file libFuzzer or AFL++ saved).
                foreach (var path in options.Rest)
                {
                    var started = Stopwatch.GetTimestamp();
                    Target(File.ReadAllBytes(path));
                    Console.WriteLine($"{path}: ok in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
                }

                return 0;
            case "corpus":
                return CorpusSupervisor.Run(options);
            case "corpus-child":
                return CorpusSupervisor.Child(options);
            case "case":
                return OneCase(options);
            case "seeds":
                return Seeds(options);
            default:
                Console.Error.WriteLine("usage: libfuzzer | afl | run FILE… | corpus [--cases N] [--seed S] [--start I] [--workers W] [--budget-seconds B] [--include-known-failing] [--only C,…] | case N [--seed S] [--dump DIR] | seeds DIR [--cases N]");
                return 2;
        }
    }

    /// <summary>The fuzz target: one rule file through every stage; any exception that escapes is rethrown as it was.</summary>
    private static void Target(ReadOnlySpan<byte> data)
    {
        var text = Encoding.UTF8.GetString(data);
        var outcome = FuzzOracle.Check([("fuzz.json", text)], variant: data.Length % 4);
        if (outcome.Exception is { } exception)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
        }
    }

    private static int OneCase(Options options)
    {
        var index = long.Parse(options.Rest.Single(), CultureInfo.InvariantCulture);
        var fuzzCase = new RuleFileCorpus(options.Seed).Generate(index);
        Console.WriteLine(fuzzCase);
        if (options.Dump is { } dump)
        {
            foreach (var (path, text) in fuzzCase.Files)
            {
                var file = Path.Combine(dump, $"case-{index}", path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, Utf8(text));
                Console.WriteLine($"wrote {file}");
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var result = RuleSet.Load(fuzzCase.Files.Select(f => RuleSource.FromText(f.Path, f.Text)).ToList(), FuzzOracle.Options());
        Console.WriteLine($"load: {stopwatch.ElapsedMilliseconds} ms, {(result.IsSuccess ? "loaded" : "rejected")}, {result.Diagnostics.Count} diagnostic(s)");
        foreach (var diagnostic in result.Diagnostics.Take(10))
        {
            Console.WriteLine("  " + diagnostic);
        }

        if (result.RuleSet is { } ruleSet)
        {
            foreach (var workflow in ruleSet.Workflows)
            {
                var inputs = FuzzInputs.For(workflow, (int)(index % 4));
                stopwatch.Restart();
                var evaluated = workflow.Evaluate(FuzzInputs.AsOf, inputs);
                Console.WriteLine($"{workflow}: evaluate {stopwatch.ElapsedMilliseconds} ms → {evaluated.Outcome}");
                stopwatch.Restart();
                var explained = workflow.Explain(FuzzInputs.AsOf, inputs);
                Console.WriteLine($"{workflow}: explain {stopwatch.ElapsedMilliseconds} ms → {explained.Outcome}");
                stopwatch.Restart();
                var characters = explained.Flatten().Sum(r => (long)(r.Message?.Length ?? 0) + (r.GetMessage(CultureInfo.GetCultureInfo("zh-CN"))?.Length ?? 0));
                Console.WriteLine($"{workflow}: messages {stopwatch.ElapsedMilliseconds} ms, {characters} characters");
            }
        }

        // The whole oracle once more, as the corpus runs it.
        var outcome = FuzzOracle.Check(fuzzCase);
        Console.WriteLine(outcome.Failed ? $"FAILED at {outcome.FailedStage}: {outcome.Exception}" : "ok");
        return outcome.Failed ? 1 : 0;
    }

    private static int Seeds(Options options)
    {
        var directory = options.Rest.Single();
        Directory.CreateDirectory(directory);
        foreach (var (path, text) in ShippedRuleFiles.All)
        {
            File.WriteAllBytes(Path.Combine(directory, "shipped-" + path.Replace('/', '-')), Utf8(text));
        }

        var corpus = new RuleFileCorpus(options.Seed);
        var written = 0;
        for (long index = 0; written < (options.Cases ?? 200); index++)
        {
            var fuzzCase = corpus.Generate(index);
            if (fuzzCase.Files.Count == 1 && fuzzCase.Length <= 64 * 1024 && !FuzzSettings.KnownFailingCategories.Contains(fuzzCase.Category))
            {
                File.WriteAllBytes(Path.Combine(directory, $"case-{index}.json"), Utf8(fuzzCase.Files[0].Text));
                written++;
            }
        }

        Console.WriteLine($"wrote {ShippedRuleFiles.All.Count} shipped files and {written} corpus cases to {directory}");
        return 0;
    }

    /// <summary>UTF-8 of a case's text; a lone surrogate (which some cases hold on purpose) becomes U+FFFD in the file.</summary>
    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}

/// <summary>Command-line options of every command.</summary>
internal sealed record Options
{
    public int Seed { get; private set; } = RuleFileCorpus.DefaultSeed;

    public long Start { get; private set; }

    public long? Cases { get; private set; }

    public long? To { get; private set; }

    public int Workers { get; private set; } = Environment.ProcessorCount;

    public int BudgetSeconds { get; private set; } = 10;

    public bool IncludeKnownFailing { get; private set; }

    public HashSet<FuzzCategory>? Only { get; private set; }

    public string? Dump { get; private set; }

    public HashSet<FuzzCategory>? SkipList { get; private set; }

    public List<string> Rest { get; } = [];

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        string Next() => e.MoveNext() ? e.Current : throw new ArgumentException("A value is missing after an option.");
        long Number() => long.Parse(Next().Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        while (e.MoveNext())
        {
            switch (e.Current)
            {
                case "--seed": options.Seed = (int)Number(); break;
                case "--start" or "--from": options.Start = Number(); break;
                case "--to": options.To = Number(); break;
                case "--cases": options.Cases = Number(); break;
                case "--workers": options.Workers = (int)Number(); break;
                case "--budget-seconds": options.BudgetSeconds = (int)Number(); break;
                case "--include-known-failing": options.IncludeKnownFailing = true; break;
                case "--only": options.Only = Next().Split(',').Select(Enum.Parse<FuzzCategory>).ToHashSet(); break;
                case "--dump": options.Dump = Next(); break;
                case "--skip": options.SkipList = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<FuzzCategory>).ToHashSet(); break;
                default: options.Rest.Add(e.Current); break;
            }
        }

        return options;
    }

    /// <summary>The categories not run: all but <see cref="Only"/> when given, else the known failing ones unless included.</summary>
    public IReadOnlySet<FuzzCategory> Skip()
        => SkipList ?? (Only is { } only
            ? Enum.GetValues<FuzzCategory>().Where(c => !only.Contains(c)).ToHashSet()
            : IncludeKnownFailing ? new HashSet<FuzzCategory>() : FuzzSettings.KnownFailingCategories);
}
